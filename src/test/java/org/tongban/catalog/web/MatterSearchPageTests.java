package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalog.web.CataloguePagesFixture.BUSINESS;
import static org.tongban.catalog.web.CataloguePagesFixture.COMMERCE;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL_NAME;
import static org.tongban.catalog.web.CataloguePagesFixture.LIFE;
import static org.tongban.catalog.web.CataloguePagesFixture.PARK;
import static org.tongban.catalog.web.CataloguePagesFixture.PROOF;
import static org.tongban.catalog.web.CataloguePagesFixture.WORD;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.support.WebPage;

/**
 * R2.2: the catalogue is searchable by keyword, department, theme and audience, one page at a time, with a plain GET
 * form (R13.2); refused parameters are shown on the page next to their fields (R13.1), in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MatterSearchPageTests {

	private static final String RESULT = "<li class=\"result\">";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcAggregateTemplate database;

	@BeforeEach
	void catalogue() {
		new CataloguePagesFixture(database).install();
	}

	@Test
	void searchesByKeywordAndListsWhatAnApplicantCompares() {
		WebPage page = search("q=" + encode(FULL_NAME));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.count(RESULT)).isEqualTo(1);
		assertThat(page.text()).contains("找到 1 个事项",
				"蓝莓园区游船经营许可 在园区湖面经营游船须取得本许可。 实施部门 蓝莓园区管理局 承诺时限 10 个工作日 行政许可 最多跑一次 告知承诺");
		assertThat(page.html()).contains("href=\"/matters/" + FULL + "\"").contains("value=\"" + FULL_NAME + "\"");
	}

	@Test
	void showsNoVisitAndAutomaticApproval() {
		assertThat(search("q=" + encode(WORD + "居住证明")).text()).contains("行政确认 零跑动 秒批");
	}

	@Test
	void filtersByDepartment() {
		WebPage page = search("department=" + COMMERCE);

		assertThat(page.text()).contains("找到 3 个事项").doesNotContain(FULL_NAME);
		assertThat(page.html()).contains("<option value=\"" + COMMERCE + "\" selected=\"selected\">");
	}

	@Test
	void filtersByTheme() {
		WebPage page = search("theme=" + LIFE);

		assertThat(page.text()).contains("找到 2 个事项", FULL_NAME, WORD + "居住证明").doesNotContain("商户备案");
		assertThat(page.html()).contains("<option value=\"" + LIFE + "\" selected=\"selected\">");
	}

	@Test
	void filtersByAudience() {
		WebPage enterprises = search("q=" + encode(WORD) + "&audience=ENTERPRISE");
		WebPage persons = search("q=" + encode(WORD) + "&audience=PERSONAL");

		assertThat(enterprises.text()).contains("找到 4 个事项", FULL_NAME).doesNotContain("居住证明");
		assertThat(persons.text()).contains("找到 2 个事项", FULL_NAME, "居住证明").doesNotContain("商户备案");
		assertThat(persons.html()).contains("id=\"audience-PERSONAL\" checked=\"checked\"");
	}

	@Test
	void combinesFilters() {
		assertThat(search("department=" + PARK + "&theme=" + BUSINESS + "&audience=PERSONAL").text())
			.contains("找到 1 个事项", FULL_NAME);
	}

	@Test
	void pagesThroughTheResultsKeepingTheFilters() {
		WebPage first = search("department=" + COMMERCE + "&size=2");

		assertThat(first.count(RESULT)).isEqualTo(2);
		assertThat(first.text()).contains("找到 3 个事项", "第 1 页，共 2 页").doesNotContain("上一页");
		assertThat(first.html()).contains("<input type=\"hidden\" name=\"size\" value=\"2\">")
			.contains("href=\"/matters?department=" + COMMERCE + "&amp;size=2&amp;page=2\"");

		WebPage second = search("department=" + COMMERCE + "&size=2&page=2");

		assertThat(second.count(RESULT)).isEqualTo(1);
		assertThat(second.text()).contains("第 2 页，共 2 页").doesNotContain("下一页");
		assertThat(second.html()).contains("href=\"/matters?department=" + COMMERCE + "&amp;size=2&amp;page=1\"");
	}

	@Test
	void helpsWhenNothingIsFound() {
		WebPage page = search("q=" + encode(WORD + " 不存在的词"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.count(RESULT)).isZero();
		assertThat(page.text()).contains("找到 0 个事项", "没有找到符合条件的事项。", "检查有没有错别字", "清除条件，浏览全部事项", "12345");
	}

	@Test
	void refusedAudienceIsShownInAnErrorSummaryLinkedToItsField() {
		WebPage page = search("q=" + encode(WORD) + "&audience=ALIENS");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.title()).isEqualTo("错误：办事指南 - D市政务服务网");
		assertThat(page.html()).contains("<h2 class=\"error-summary__title\" id=\"error-summary-title\">存在以下问题</h2>")
			.contains("<a href=\"#audience\">请选择服务对象：个人或法人。</a>")
			.contains("id=\"audience-error\"")
			.contains("value=\"" + WORD + "\"")
			.doesNotContain(RESULT);
	}

	@Test
	void unknownDepartmentOrThemeIsNamedOnThePage() {
		WebPage department = search("department=TEST-PAGES-NOWHERE");
		WebPage theme = search("theme=TEST-PAGES-NOTHING");

		assertThat(department.status()).isEqualTo(400);
		assertThat(department.html()).contains("<a href=\"#department\">没有编码为“TEST-PAGES-NOWHERE”的部门。</a>");
		assertThat(theme.status()).isEqualTo(400);
		assertThat(theme.html()).contains("<a href=\"#theme\">没有编码为“TEST-PAGES-NOTHING”的主题。</a>");
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
		WebPage page = search("q=" + encode(WORD) + "&department=" + PARK);

		String english = "/matters?q=" + encode(WORD) + "&department=" + PARK + "&lang=en";
		assertThat(page.html()).contains("href=\"" + english.replace("&", "&amp;") + "\"");

		WebPage inEnglish = WebPage.of(mvc.get().uri(URI.create(english)).exchange());

		assertThat(inEnglish.html()).contains("<html lang=\"en\">")
			.contains("href=\"" + english.replace("lang=en", "lang=zh").replace("&", "&amp;") + "\"");
		assertThat(inEnglish.text()).contains("2 services found", "Blueberry Park boat operating licence",
				"Blueberry Park residence certificate", "Department Blueberry Park Authority",
				"Committed time limit 10 working days", "Licence At most one visit Informed commitment",
				"Confirmation No visit needed Automatic approval");
		assertThat(inEnglish.html()).contains("href=\"/matters/" + PROOF + "\"");
	}

	private WebPage search(String query) {
		return WebPage.of(mvc.get().uri(URI.create("/matters?" + query)).exchange());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
