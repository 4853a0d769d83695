package org.tongban.participation.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.application.ApplicationTest;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Open311 GeoReport v2 client files and follows feedback (R10.1) as the specification
 * shows (http://wiki.open311.org/GeoReport_v2/): it lists the services, posts a request
 * form-encoded without an API key, reads it back by id and in the list, in JSON and in
 * XML; errors come as the specification's list. What anybody reads back names nobody and
 * does not repeat what was written.
 */
@ApplicationTest
class Open311Tests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebApplicationContext context;

	@Autowired
	Feedbacks feedbacks;

	@Autowired
	Accounts accounts;

	MockMvcTester mvc;

	/**
	 * Each test is a client of its own, so that the filing limit counts its calls alone.
	 */
	String client;

	@BeforeEach
	void client() {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		client = TestAccounts.clientAddress();
	}

	@Test
	void theServicesAreEachKindForEachDepartmentInJsonAndXml() throws Exception {
		JsonNode services = json(get("/open311/v2/services.json"));
		JsonNode complaint = find(services, "service_code", "COMPLAINT-SCJGJ");
		assertThat(complaint.get("service_name").asString()).contains("投诉");
		assertThat(complaint.get("metadata").asBoolean()).isFalse();
		assertThat(complaint.get("type").asString()).isEqualTo("realtime");
		assertThat(complaint.get("group").asString()).isNotBlank();
		assertThat(complaint.get("keywords").asString()).isEqualTo("投诉");
		assertThat(complaint.get("description").asString()).isNotBlank();

		MockHttpServletResponse xml = get("/open311/v2/services.xml");
		assertThat(xml.getContentType()).startsWith("text/xml");
		Document document = xml(xml);
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("services");
		assertThat(texts(document, "service", "service_code")).contains("COMPLAINT-SCJGJ", "SUGGESTION-SCJGJ",
				"REPORT-SCJGJ");
		assertThat(texts(document, "service", "service_code")).hasSize(services.size());
	}

	@Test
	void aClientPostsARequestAndFollowsItUntilTheDepartmentAnswers() throws Exception {
		MockHttpServletResponse posted = mvc.post()
			.uri("/open311/v2/requests.json")
			.with(from(client))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("service_code", "COMPLAINT-SCJGJ")
			.param("description", "中山区人民路食品店无证经营，已持续两个月。")
			.param("first_name", "小明")
			.param("last_name", "赵")
			.param("phone", "13912340000")
			.param("email", "zhao@example.cn")
			.param("lat", "38.91")
			.param("long", "121.61")
			.param("api_key", "any-key")
			.exchange()
			.getResponse();
		assertThat(posted.getStatus()).isEqualTo(201);
		JsonNode created = json(posted).get(0);
		String id = created.get("service_request_id").asString();
		assertThat(id).matches("FK\\d{14}");
		assertThat(created.has("account_id")).isTrue();
		assertThat(created.get("account_id").isNull()).isTrue();
		String queryCode = created.get("service_notice").asString().replaceAll(".*?([2-9A-HJKMNP-Z]{8}).*", "$1");
		assertThat(feedbacks.follow(id, queryCode).text()).contains("无证经营");

		MockHttpServletResponse one = get("/open311/v2/requests/" + id + ".json");
		JsonNode request = json(one).get(0);
		assertThat(request.get("service_request_id").asString()).isEqualTo(id);
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("service_code").asString()).isEqualTo("COMPLAINT-SCJGJ");
		assertThat(request.get("requested_datetime").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?\\+08:00");
		assertThat(request.get("expected_datetime").asString()).endsWith("+08:00");
		assertThat(request.get("status_notes").isNull()).isTrue();
		assertThat(one.getContentAsString()).as("nothing personal, nor what was written, is read back by anybody")
			.doesNotContain("13912340000", "zhao@example.cn", "小明", "无证经营", queryCode);

		feedbacks.answer(
				new TestAccounts(accounts).staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SCJGJ")),
				id, "已立案查处，责令停业整顿。");

		Document answered = xml(get("/open311/v2/requests/" + id + ".xml"));
		assertThat(answered.getDocumentElement().getTagName()).isEqualTo("service_requests");
		assertThat(texts(answered, "request", "status")).containsExactly("closed");
		assertThat(texts(answered, "request", "status_notes")).containsExactly("已立案查处，责令停业整顿。");

		JsonNode listed = json(get("/open311/v2/requests.json?service_request_id=" + id + ",FK20000101000000"));
		assertThat(listed.size()).isOne();
		assertThat(json(get("/open311/v2/requests.json?service_code=COMPLAINT-SCJGJ&status=closed")))
			.extracting(node -> node.get("service_request_id").asString())
			.contains(id);
		assertThat(json(get("/open311/v2/requests.json?service_code=COMPLAINT-SCJGJ&status=open")))
			.extracting(node -> node.get("service_request_id").asString())
			.doesNotContain(id);
	}

	@Test
	void errorsComeAsTheSpecificationsListInJsonAndXml() throws Exception {
		MockHttpServletResponse noService = mvc.post()
			.uri("/open311/v2/requests.xml")
			.with(from(client))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("description", "Pothole")
			.param("phone", "13912340000")
			.param("last_name", "Zhao")
			.exchange()
			.getResponse();
		assertThat(noService.getStatus()).isEqualTo(400);
		Document errors = xml(noService);
		assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
		assertThat(texts(errors, "error", "code")).containsExactly("400");
		assertThat(texts(errors, "error", "description")).singleElement().asString().startsWith("service_code:");

		MockHttpServletResponse noContact = mvc.post()
			.uri("/open311/v2/requests.json")
			.with(from(client))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("service_code", "SUGGESTION-SCJGJ")
			.param("description", "Open on Saturdays")
			.param("last_name", "Zhao")
			.exchange()
			.getResponse();
		assertThat(noContact.getStatus()).isEqualTo(400);
		JsonNode error = json(noContact).get(0);
		assertThat(error.get("code").asInt()).isEqualTo(400);
		assertThat(error.get("description").asString()).isEqualTo("phone: Enter a mobile number or an e-mail address");

		MockHttpServletResponse unknown = get("/open311/v2/requests/FK20000101000000.json");
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(json(unknown).get(0).get("code").asInt()).isEqualTo(404);
		assertThat(get("/open311/v2/requests.json?status=pending").getStatus()).isEqualTo(400);
		assertThat(get("/open311/v2/requests.json?start_date=yesterday").getStatus()).isEqualTo(400);
		assertThat(get("/open311/v2/requests.json?service_code=PRAISE-SCJGJ").getStatus()).isEqualTo(400);
	}

	@Test
	void aClientThatFilesTooOftenWaits() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			statuses.add(mvc.post()
				.uri("/open311/v2/requests.json")
				.with(from(client))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("service_code", "SUGGESTION-SCJGJ")
				.param("description", "周六开放窗口。")
				.param("last_name", "钱")
				.param("email", "qian@example.cn")
				.exchange()
				.getResponse()
				.getStatus());
		}
		assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429);
		MockHttpServletResponse refused = mvc.post()
			.uri("/open311/v2/requests.json")
			.with(from(client))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.exchange()
			.getResponse();
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		assertThat(json(refused).get(0).get("code").asInt()).isEqualTo(429);
	}

	private MockHttpServletResponse get(String uri) {
		return mvc.get().uri(uri).with(from(client)).exchange().getResponse();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static JsonNode json(MockHttpServletResponse response) throws Exception {
		assertThat(response.getContentType()).startsWith("application/json");
		return JSON.readTree(response.getContentAsByteArray());
	}

	private static Document xml(MockHttpServletResponse response) throws Exception {
		byte[] body = response.getContentAsByteArray();
		assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8))
			.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	private static List<String> texts(Document document, String element, String field) {
		List<String> texts = new ArrayList<>();
		NodeList items = document.getElementsByTagName(element);
		for (int i = 0; i < items.getLength(); i++) {
			NodeList fields = ((Element) items.item(i)).getElementsByTagName(field);
			texts.add(fields.getLength() == 0 ? null : fields.item(0).getTextContent());
		}
		return texts;
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (value.equals(node.get(field).asString())) {
				return node;
			}
		}
		throw new AssertionError("No " + field + " " + value + " in " + array);
	}

}
