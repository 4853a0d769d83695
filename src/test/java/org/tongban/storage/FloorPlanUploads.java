package org.tongban.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * A fresh enterprise with a draft of the food licence, uploading its floor plan (material
 * M04) as an applicant does: through the materials page and through the API.
 */
final class FloorPlanUploads {

	private static final String MATTER = "SCJGJ-SPJYXK";

	private final MockMvcTester mvc;

	private final Visitor visitor;

	private final String draft;

	private final String token;

	FloorPlanUploads(MockMvcTester mvc, Accounts accounts) {
		this.mvc = mvc;
		var testAccounts = new TestAccounts(accounts);
		UnifiedSocialCreditCode creditCode = TestAccounts.creditCode();
		testAccounts.enterprise(testAccounts.person(), creditCode);
		visitor = new Visitor(mvc);
		visitor.logIn(creditCode.value(), TestAccounts.PASSWORD);
		visitor.page("/apply/" + MATTER);
		draft = visitor.post("/apply/" + MATTER).getResponse().getRedirectedUrl();
		assertThat(draft).startsWith("/apply/drafts/");
		visitor.page(draft + "/materials");
		MvcTestResult login = mvc.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + creditCode.value() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}")
			.with(request -> {
				request.setRemoteAddr(visitor.address());
				return request;
			})
			.exchange();
		assertThat(login).hasStatusOk();
		token = JsonPath.read(body(login), "$.token");
	}

	/**
	 * Through the materials page: 302 back to the page when stored, the page with the
	 * reason when refused.
	 */
	MvcTestResult onThePage(byte[] file) {
		return visitor.upload(draft + "/materials/M04", "file", "平面图.pdf", file);
	}

	/**
	 * Through {@code POST /api/v1/drafts/{id}/materials}: 201 when stored, problem
	 * details when refused.
	 */
	MvcTestResult throughTheApi(byte[] file) {
		return mvc.post()
			.uri("/api/v1/drafts/" + draft.substring(draft.lastIndexOf('/') + 1) + "/materials")
			.multipart()
			.file(new MockMultipartFile("file", "平面图.pdf", "application/octet-stream", file))
			.param("material", "M04")
			.header("Authorization", "Bearer " + token)
			.with(request -> {
				request.setRemoteAddr(visitor.address());
				return request;
			})
			.exchange();
	}

	/** How many files the draft holds for its floor plan, as the API tells. */
	int floorPlans() {
		MvcTestResult application = mvc.get()
			.uri("/api/v1/drafts/" + draft.substring(draft.lastIndexOf('/') + 1))
			.header("Authorization", "Bearer " + token)
			.with(request -> {
				request.setRemoteAddr(visitor.address());
				return request;
			})
			.exchange();
		return JsonPath.<java.util.List<Object>>read(body(application), "$.materials[?(@.materialCode == 'M04')]")
			.size();
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static Map<String, Object> problem(MvcTestResult result) {
		return JsonPath.read(body(result), "$");
	}

}
