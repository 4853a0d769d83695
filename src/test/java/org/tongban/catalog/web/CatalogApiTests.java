package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.AbstractJsonContentAssert;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/**
 * The public catalogue API (R2.2, R14.3) on the demo catalogue of D city: search by
 * keyword, department, theme and audience, one page at a time; service guides of the
 * version in force or of any version; English on request; and errors as problem details
 * that name the parameter at fault.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogApiTests {

	static final String FOOD_LICENCE = "/api/v1/matters/SCJGJ-SPJYXK";

	@Autowired
	MockMvcTester mvc;

	@Test
	void findsMattersByAChineseKeyword() {
		json("/api/v1/matters?q={q}", "食品").extractingPath("$.items[*].code")
			.asArray()
			.contains("SCJGJ-SPJYXK", "SCJGJ-YBZSPBA")
			.doesNotContain("BDCDJZX-FWZYDJ");
	}

	@Test
	void findsMattersByEnglishWordsInAnyCase() {
		json("/api/v1/matters?q={q}", "Food Licence").extractingPath("$.items[0].code").isEqualTo("SCJGJ-SPJYXK");
		json("/api/v1/matters?q={q}", "teacher").extractingPath("$.items[*].code").asArray().contains("JYJ-JSZGRD");
	}

	@Test
	void everyWordOfTheKeywordMustMatch() {
		json("/api/v1/matters?q={q}", "不动产 抵押").extractingPath("$.items[*].code")
			.asArray()
			.containsExactly("BDCDJZX-DYQSCDJ");
		json("/api/v1/matters?q={q}", "食品\u3000备案").extractingPath("$.items[*].code")
			.asArray()
			.as("words separated by an ideographic space")
			.containsExactly("SCJGJ-YBZSPBA");
		json("/api/v1/matters?q={q}", "100%_").extractingPath("$.totalItems")
			.as("wildcards are plain characters")
			.isEqualTo(0);
	}

	@Test
	void filtersByDepartment() {
		AbstractJsonContentAssert<?> health = json("/api/v1/matters?department=WJW");
		health.extractingPath("$.totalItems").isEqualTo(3);
		health.extractingPath("$.items[*].department.code").asArray().containsOnly("WJW");
		health.extractingPath("$.items[*].department.name").asArray().containsOnly("市卫生健康委员会");
	}

	@Test
	void filtersByTheme() {
		json("/api/v1/matters?theme=BDC").extractingPath("$.items[*].code")
			.asArray()
			.containsExactlyInAnyOrder("BDCDJZX-FWSCDJ", "BDCDJZX-FWZYDJ", "BDCDJZX-DYQSCDJ");
	}

	@ParameterizedTest
	@CsvSource({ "PERSONAL, JYJ-JSZGRD, SCJGJ-QYSLDJ", "ENTERPRISE, SCJGJ-QYSLDJ, JYJ-JSZGRD" })
	void filtersByAudience(String audience, String included, String excluded) {
		AbstractJsonContentAssert<?> page = json("/api/v1/matters?audience={a}&size=100", audience);
		page.extractingPath("$.items[*].audiences")
			.asArray()
			.allSatisfy(audiences -> assertThat(audiences.toString()).contains(audience));
		page.extractingPath("$.items[*].code").asArray().contains(included).doesNotContain(excluded);
	}

	@Test
	void combinesKeywordThemeAndAudience() {
		json("/api/v1/matters?q={q}&theme=GCJS&audience=ENTERPRISE", "许可").extractingPath("$.items[*].code")
			.asArray()
			.containsExactlyInAnyOrder("ZRZYGHJ-JSYDGHXK", "ZRZYGHJ-JSGCGHXK", "ZJJ-JZGCSGXK");
	}

	@Test
	void listsTheCatalogueOnePageAtATime() throws Exception {
		MvcTestResult third = mvc.get().uri("/api/v1/matters?page=3&size=10").exchange();
		int total = JsonPath.read(third.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.totalItems");
		assertThat(total).isBetween(21, 30);
		AbstractJsonContentAssert<?> page = assertThat(third).hasStatusOk().bodyJson();
		page.extractingPath("$.page").isEqualTo(3);
		page.extractingPath("$.size").isEqualTo(10);
		page.extractingPath("$.totalPages").isEqualTo(3);
		page.extractingPath("$.items").asArray().hasSize(total - 20);
		json("/api/v1/matters").extractingPath("$.items").asArray().hasSize(10);
		json("/api/v1/matters?page=9&size=10").extractingPath("$.items").asArray().isEmpty();
	}

	@Test
	void showsTheGuideOfTheFoodBusinessLicenceInForce() {
		AbstractJsonContentAssert<?> food = json(FOOD_LICENCE);
		food.extractingPath("$.code").isEqualTo("SCJGJ-SPJYXK");
		food.extractingPath("$.name").isEqualTo("食品经营许可（新办）");
		food.extractingPath("$.kind").isEqualTo("LICENSING");
		food.extractingPath("$.department.code").isEqualTo("SCJGJ");
		food.extractingPath("$.department.name").isEqualTo("市市场监督管理局");
		food.extractingPath("$.version").isEqualTo(2);
		food.extractingPath("$.inForce").isEqualTo(true);
		food.extractingPath("$.versions[*].status").asArray().containsExactly("SUPERSEDED", "IN_FORCE");
		food.extractingPath("$.statutoryLimitDays").isEqualTo(10);
		food.extractingPath("$.committedLimitDays").isEqualTo(5);
		food.extractingPath("$.materials").asArray().hasSize(7);
		food.extractingPath("$.materials[1].licenceType").isEqualTo("BUSINESS_LICENCE");
		food.extractingPath("$.form.sections[0].fields[1].type").isEqualTo("USCC");
		food.extractingPath("$.form.sections[2].fields[0].options").asArray().isNotEmpty();
		food.extractingPath("$.legalBasis[0].title").isEqualTo("《中华人民共和国食品安全法》");
		food.extractingPath("$.processKey").isEqualTo("approval-with-inspection");
		food.extractingPath("$.free").isEqualTo(true);
		food.extractingPath("$.deliveryMethods").asArray().containsExactly("PICK_UP", "POST", "ELECTRONIC");
	}

	@Test
	void speaksEnglishWhenAsked() {
		AbstractJsonContentAssert<?> food = json(FOOD_LICENCE + "?lang=en");
		food.extractingPath("$.name").isEqualTo("Food business licence (new)");
		food.extractingPath("$.department.name").isEqualTo("D City Administration for Market Regulation");
		food.extractingPath("$.materials[0].name").isEqualTo("Application for a food business licence");
		food.extractingPath("$.form.sections[0].fields[0].label").isEqualTo("Name of the operator");
		json("/api/v1/matters?q=food&lang=en").extractingPath("$.items[*].name")
			.asArray()
			.contains("Food business licence (new)");
	}

	@Test
	void showsASupersededVersion() {
		AbstractJsonContentAssert<?> first = json(FOOD_LICENCE + "/versions/1");
		first.extractingPath("$.version").isEqualTo(1);
		first.extractingPath("$.effectiveFrom").isEqualTo("2025-01-01");
		first.extractingPath("$.inForce").isEqualTo(false);
		first.extractingPath("$.committedLimitDays").isEqualTo(10);
		first.extractingPath("$.maxVisits").isEqualTo(1);
	}

	@Test
	void announcesAScheduledVersion() {
		json("/api/v1/matters/YBJ-YDJYBA").extractingPath("$.versions[*].status")
			.asArray()
			.containsExactly("IN_FORCE", "SCHEDULED");
		AbstractJsonContentAssert<?> next = json("/api/v1/matters/YBJ-YDJYBA/versions/2");
		next.extractingPath("$.effectiveFrom").isEqualTo("2027-01-01");
		next.extractingPath("$.inForce").isEqualTo(false);
	}

	@Test
	void publishesWhatAMatterOfferingInformedCommitmentTouchesAndWhenItIsVerified_R15_7() {
		AbstractJsonContentAssert<?> medicalCare = json("/api/v1/matters/YBJ-YDJYBA");
		medicalCare.extractingPath("$.informedCommitment").isEqualTo(true);
		medicalCare.extractingPath("$.category").isEqualTo("GENERAL");
		medicalCare.extractingPath("$.postVerificationDays").isEqualTo(30);
		medicalCare.extractingPath("$.automaticRules").asArray().isNotNull();
		medicalCare.extractingPath("$.eligibilityRules").asArray().isNotNull();
	}

	@Test
	void listsDepartmentsThemesAndBundles() {
		json("/api/v1/departments").extractingPath("$[*].code").asArray().contains("SCJGJ", "BDCDJZX");
		json("/api/v1/themes?lang=en").extractingPath("$[*].name")
			.asArray()
			.contains("Starting a business", "Real estate");
		json("/api/v1/bundles").extractingPath("$[*].code").asArray().containsExactly("YJS-GCJS", "YJS-QYKB");
		AbstractJsonContentAssert<?> start = json("/api/v1/bundles/YJS-QYKB");
		start.extractingPath("$.items[*].matterCode")
			.asArray()
			.containsExactly("SCJGJ-QYSLDJ", "SWJ-XBNSRSX", "RSJ-DWSBDJ", "GAJ-YZKZBA");
		start.extractingPath("$.items[*].stage").asArray().containsExactly(1, 2, 2, 2);
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/matters/NO-SUCH-MATTER", "/api/v1/matters/SCJGJ-SPJYXK/versions/9",
			"/api/v1/bundles/NO-SUCH-BUNDLE" })
	void answersUnknownCodesWithNotFound(String uri) {
		assertThat(mvc.get().uri(uri)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(404);
	}

	@ParameterizedTest
	@CsvSource({ "page=0, page", "page=two, page", "size=0, size", "size=101, size", "audience=ALIENS, audience",
			"department=NOPE, department", "theme=NOPE, theme",
			"q=一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一, q" })
	void refusesABadParameterByName(String query, String parameter) {
		AbstractJsonContentAssert<?> problem = assertThat(mvc.get().uri("/api/v1/matters?" + query))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson();
		problem.extractingPath("$.parameter").isEqualTo(parameter);
		problem.extractingPath("$.detail").asString().isNotBlank();
	}

	private AbstractJsonContentAssert<?> json(String uri, Object... variables) {
		return assertThat(mvc.get().uri(uri, variables)).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson();
	}

}
