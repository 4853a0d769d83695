package org.tongban.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.application.web.ApplicantApi.body;
import static org.tongban.application.web.ApplicantApi.read;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.application.datause.DataUse;
import org.tongban.application.datause.DataUseLog;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.accounts.AccountDirectory;

import com.jayway.jsonpath.JsonPath;

/**
 * R15.10, R16.1 through the API of the mobile app: the draft shows the evidence the
 * government holds for a material (its preview: what it says, masked, its source and
 * status), and only its owner uses it or uploads their own instead with {@code PUT
 * /api/v1/drafts/{id}/shared-materials/{material}}; the preview's registry read is on the
 * owner's data-use log.
 */
@IdentityTest
class SharedMaterialsApiTests {

	/** 教师资格认定: the resident identity card (M01) is held by the population registry. */
	static final String TEACHER = "JYJ-JSZGRD";

	/** 张伟 of the demo data, whom the population registry holds. */
	static final String ZHANG_WEI = "210202198503120311";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	DataUseLog dataUse;

	@Test
	@DisplayName("R15.10, R16.1: the draft previews the registry record; its owner uses it, or uploads their own instead")
	void theDraftPreviewsTheEvidenceAndItsOwnerChooses() {
		var zhang = new TestAccounts(accounts).registryPerson("张伟", ZHANG_WEI, directory);
		var api = new ApplicantApi(mvc, ApplicantApi.logIn(mvc, ZHANG_WEI, "Tongban#2026"),
				TestAccounts.clientAddress());
		String id = read(api.post("/api/v1/drafts", Map.of("matterCode", TEACHER)), "$.id");
		String shared = "/api/v1/drafts/" + id + "/shared-materials/M01";

		String draft = body(api.get("/api/v1/drafts/" + id));
		assertThat(JsonPath.<List<Map<String, Object>>>read(draft, "$.sharedMaterials[?(@.code == 'M01')]"))
			.singleElement()
			.satisfies(preview -> {
				assertThat(preview).containsEntry("kind", "POPULATION")
					.containsEntry("usable", true)
					.containsEntry("choice", null);
				assertThat(preview.get("source").toString()).contains("公安局");
			});
		assertThat(JsonPath.<List<String>>read(draft, "$.sharedMaterials[?(@.code == 'M01')].says[*].value"))
			.contains("张伟", "210202********0311")
			.doesNotContain(ZHANG_WEI);
		assertThat(dataUse.of(zhang.actor(), 1).items()).as("the preview's registry read is logged for its subject")
			.extracting(DataUse::caseNumber)
			.contains(id);

		assertThat(api.put(shared, Map.of("choice", "USE_SHARED"))).hasStatus(204);
		assertThat(JsonPath.<List<String>>read(body(api.get("/api/v1/drafts/" + id)),
				"$.sharedMaterials[?(@.code == 'M01')].choice"))
			.containsExactly("USE_SHARED");
		assertThat(JsonPath.<List<String>>read(body(api.get("/api/v1/drafts/" + id)), "$.materialsToUpload[*].code"))
			.doesNotContain("M01");

		assertThat(api.put(shared, Map.of("choice", "UPLOAD_OWN"))).hasStatus(204);
		String after = body(api.get("/api/v1/drafts/" + id));
		assertThat(JsonPath.<List<String>>read(after, "$.sharedMaterials[?(@.code == 'M01')].choice"))
			.containsExactly("UPLOAD_OWN");
		assertThat(JsonPath.<List<String>>read(after, "$.materialsToUpload[*].code")).contains("M01");
	}

	@Test
	@DisplayName("R15.10: a choice that is not one, a material the government does not hold, another's draft: refused")
	void badChoicesAndOthersDraftsAreRefused() {
		new TestAccounts(accounts).registryPerson("张伟", ZHANG_WEI, directory);
		var api = new ApplicantApi(mvc, ApplicantApi.logIn(mvc, ZHANG_WEI, "Tongban#2026"),
				TestAccounts.clientAddress());
		String id = read(api.post("/api/v1/drafts", Map.of("matterCode", TEACHER)), "$.id");
		var other = new TestAccounts(accounts).person();
		var stranger = new ApplicantApi(mvc, ApplicantApi.logIn(mvc, other.residentId().value(), TestAccounts.PASSWORD),
				TestAccounts.clientAddress());

		var noChoice = api.put("/api/v1/drafts/" + id + "/shared-materials/M01", Map.of("choice", "MAYBE"));
		var notHeld = api.put("/api/v1/drafts/" + id + "/shared-materials/M09", Map.of("choice", "USE_SHARED"));
		var notTheirs = stranger.put("/api/v1/drafts/" + id + "/shared-materials/M01", Map.of("choice", "USE_SHARED"));

		assertThat(noChoice).hasStatus(400);
		assertThat(noChoice.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(read(noChoice, "$.detail")).isNotBlank();
		assertThat(notHeld).hasStatus(400);
		assertThat(notTheirs).hasStatus(404);
		assertThat(JsonPath.<List<String>>read(body(api.get("/api/v1/drafts/" + id)),
				"$.sharedMaterials[?(@.code == 'M01')].choice"))
			.as("nothing chosen by the refused calls")
			.containsOnlyNulls();
	}

}
