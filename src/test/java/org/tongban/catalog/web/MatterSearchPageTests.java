package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.catalog.Audience;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterQuery;
import org.tongban.support.WebPage;

/**
 * R2.2: the catalogue is searchable by keyword, department, theme and audience, one page
 * at a time, with a plain GET form (R13.2); refused parameters are shown on the page next
 * to their fields (R13.1), in the reader's language. Searches the demo catalogue of D
 * city on the demo day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MatterSearchPageTests {

	private static final String RESULT = "<li class=\"result\">";

	static final String FOOD_LICENCE = "SCJGJ-SPJYXK";

	static final String FOOD_LICENCE_NAME = "食品经营许可（新办）";

	/** The matters of the city's market regulation administration. */
	static final String MARKET_REGULATION = "SCJGJ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MatterCatalog catalog;

	@Test
	void searchesByKeywordAndListsWhatAnApplicantCompares() {
		String summary = catalog.guide(FOOD_LICENCE).version().summary().zh();
		WebPage page = search("q=" + encode(FOOD_LICENCE_NAME));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.count(RESULT)).isEqualTo(1);
		// The version in force on the demo day: five working days and no visit since 1
		// March 2026.
		assertThat(page.text()).contains("找到 1 个事项",
				FOOD_LICENCE_NAME + " " + summary + " 实施部门 市市场监督管理局 承诺时限 5 个工作日 行政许可 零跑动");
		assertThat(page.html()).contains("href=\"/matters/" + FOOD_LICENCE + "\"")
			.contains("value=\"" + FOOD_LICENCE_NAME + "\"");
	}

	@Test
	void showsNoVisitInformedCommitmentAndAutomaticApproval() {
		assertThat(search("q=" + encode("异地就医备案")).text()).contains("找到 1 个事项", "基本医疗保险参保人员异地就医备案", "公共服务 零跑动 告知承诺 秒批");
	}

	@Test
	void filtersByDepartment() {
		WebPage page = search("department=" + MARKET_REGULATION);

		assertThat(page.text()).contains("找到 3 个事项", "企业设立登记", FOOD_LICENCE_NAME, "仅销售预包装食品备案")
			.doesNotContain("教师资格认定");
		assertThat(page.count(RESULT)).isEqualTo(3);
		assertThat(occurrences(page.text(), "实施部门 市市场监督管理局")).as("results of the market regulation administration")
			.isEqualTo(3);
		assertThat(page.html()).contains("<option value=\"" + MARKET_REGULATION + "\" selected=\"selected\">");
	}

	@Test
	void departmentWithoutMattersOfItsOwnFindsNone() {
		// The government services administration runs the integrated window and handles
		// no matter itself.
		WebPage page = search("department=ZWFWJ");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.count(RESULT)).isZero();
		assertThat(page.text()).contains("找到 0 个事项", "没有找到符合条件的事项。");
	}

	@Test
	void filtersByTheme() {
		WebPage page = search("theme=BDC");

		assertThat(page.text()).contains("找到 3 个事项", "个人住房抵押权首次登记", "国有建设用地使用权及房屋所有权首次登记", "国有建设用地使用权及房屋所有权转移登记（存量房买卖）")
			.doesNotContain(FOOD_LICENCE_NAME);
		assertThat(page.count(RESULT)).isEqualTo(3);
		assertThat(page.html()).contains("<option value=\"BDC\" selected=\"selected\">");
	}

	@Test
	void filtersByAudience() {
		WebPage persons = search("audience=PERSONAL&size=100");
		WebPage enterprises = search("audience=ENTERPRISE&size=100");

		// Teachers are persons, a new enterprise is registered by founders for the
		// enterprise, a private school
		// may be founded by either.
		assertThat(persons.text()).contains("找到 " + found(Audience.PERSONAL) + " 个事项", "教师资格认定", "民办学校正式设立审批")
			.doesNotContain("企业设立登记");
		assertThat(persons.html()).contains("id=\"audience-PERSONAL\" checked=\"checked\"");
		assertThat(enterprises.text()).contains("找到 " + found(Audience.ENTERPRISE) + " 个事项", "企业设立登记", "民办学校正式设立审批")
			.doesNotContain("教师资格认定");
		assertThat(enterprises.html()).contains("id=\"audience-ENTERPRISE\" checked=\"checked\"");
	}

	@Test
	void combinesFilters() {
		// Three of the construction bureau's matters of building projects serve
		// enterprises; the keyword leaves the permit.
		assertThat(search("department=ZJJ&theme=GCJS&audience=ENTERPRISE").text()).contains("找到 3 个事项");
		WebPage page = search("q=" + encode("许可") + "&department=ZJJ&theme=GCJS&audience=ENTERPRISE");

		assertThat(page.count(RESULT)).isEqualTo(1);
		assertThat(page.text()).contains("找到 1 个事项", "建筑工程施工许可证核发");
	}

	@Test
	void pagesThroughTheResultsKeepingTheFilters() {
		WebPage first = search("department=" + MARKET_REGULATION + "&size=2");

		assertThat(first.count(RESULT)).isEqualTo(2);
		assertThat(first.text()).contains("找到 3 个事项", "第 1 页，共 2 页").doesNotContain("上一页");
		assertThat(first.html()).contains("<input type=\"hidden\" name=\"size\" value=\"2\">")
			.contains("href=\"/matters?department=" + MARKET_REGULATION + "&amp;size=2&amp;page=2\"");

		WebPage second = search("department=" + MARKET_REGULATION + "&size=2&page=2");

		assertThat(second.count(RESULT)).isEqualTo(1);
		assertThat(second.text()).contains("第 2 页，共 2 页").doesNotContain("下一页");
		assertThat(second.html())
			.contains("href=\"/matters?department=" + MARKET_REGULATION + "&amp;size=2&amp;page=1\"");
	}

	@Test
	void helpsWhenNothingIsFound() {
		WebPage page = search("q=" + encode("潜水艇"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.count(RESULT)).isZero();
		assertThat(page.text()).contains("找到 0 个事项", "没有找到符合条件的事项。", "检查有没有错别字", "清除条件，浏览全部事项", "12345");
	}

	@Test
	void refusedAudienceIsShownInAnErrorSummaryLinkedToItsField() {
		WebPage page = search("q=" + encode("食品") + "&audience=ALIENS");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.title()).isEqualTo("错误：办事指南 - D市政务服务网");
		assertThat(page.html()).contains("<h2 class=\"error-summary__title\" id=\"error-summary-title\">存在以下问题</h2>")
			.contains("<a href=\"#audience\">请选择服务对象：个人或法人。</a>")
			.contains("id=\"audience-error\"")
			.contains("value=\"食品\"")
			.doesNotContain(RESULT);
	}

	@Test
	void unknownDepartmentOrThemeIsNamedOnThePage() {
		WebPage department = search("department=NOWHERE");
		WebPage theme = search("theme=NOTHING");

		assertThat(department.status()).isEqualTo(400);
		assertThat(department.html()).contains("<a href=\"#department\">没有编码为“NOWHERE”的部门。</a>");
		assertThat(theme.status()).isEqualTo(400);
		assertThat(theme.html()).contains("<a href=\"#theme\">没有编码为“NOTHING”的主题。</a>");
	}

	@Test
	void tooLongKeywordIsMarkedOnItsField() {
		WebPage page = search("q=" + encode("长".repeat(51)));

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html()).contains("<a href=\"#q\">搜索关键词不能超过 50 个字。</a>")
			.contains("aria-describedby=\"q-hint q-error\"")
			.contains("class=\"input input--error\"");
	}

	@Test
	void badPageNumbersAreExplained() {
		assertThat(search("page=0").status()).isEqualTo(400);
		assertThat(search("page=0").text()).contains("页码必须是大于等于 1 的整数。");
		assertThat(search("page=first").text()).contains("页码必须是大于等于 1 的整数。");
		assertThat(search("size=1000").text()).contains("每页条数必须在 1 到 100 之间。");
	}

	@Test
	void errorsAreExplainedInEnglishToo() {
		WebPage page = search("audience=ALIENS&lang=en");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.title()).isEqualTo("Error: Service guides - D City Government Services");
		assertThat(page.text()).contains("There is a problem", "Choose who is applying: individuals or businesses.");
	}

	@Test
	void whatIsTypedIsShownAsTextNeverAsMarkup() {
		WebPage page = search("q=" + encode("<script>alert(1)</script>"));

		assertThat(page.html()).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void languageSwitchKeepsTheSearch() {
		WebPage page = search("q=" + encode("食品") + "&department=" + MARKET_REGULATION);

		String english = "/matters?q=" + encode("食品") + "&department=" + MARKET_REGULATION + "&lang=en";
		assertThat(page.html()).contains("href=\"" + english.replace("&", "&amp;") + "\"");

		WebPage inEnglish = WebPage.of(mvc.get().uri(URI.create(english)).exchange());

		assertThat(inEnglish.html()).contains("<html lang=\"en\">")
			.contains("href=\"" + english.replace("lang=en", "lang=zh").replace("&", "&amp;") + "\"")
			.contains("value=\"食品\"")
			.contains("<option value=\"" + MARKET_REGULATION + "\" selected=\"selected\">");
		assertThat(inEnglish.text()).contains("2 services found", "Food business licence (new)",
				"Filing for selling only pre-packaged food", "Department D City Administration for Market Regulation",
				"Committed time limit 5 working days", "Licence No visit needed",
				"Committed time limit 1 working day Filing No visit needed");
		assertThat(inEnglish.html()).contains("href=\"/matters/SCJGJ-YBZSPBA\"");
	}

	private long found(Audience audience) {
		return catalog.search(new MatterQuery(null, null, null, audience, 1, MatterQuery.MAX_SIZE)).totalItems();
	}

	private WebPage search(String query) {
		return WebPage.of(mvc.get().uri(URI.create("/matters?" + query)).exchange());
	}

	private static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
