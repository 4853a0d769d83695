package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalog.web.CataloguePagesFixture.BUNDLE;
import static org.tongban.catalog.web.CataloguePagesFixture.BUSINESS;
import static org.tongban.catalog.web.CataloguePagesFixture.COMMERCE;
import static org.tongban.catalog.web.CataloguePagesFixture.FILINGS;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL;
import static org.tongban.catalog.web.CataloguePagesFixture.LIFE;
import static org.tongban.catalog.web.CataloguePagesFixture.PARK;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.support.WebPage;

/**
 * R2.2, R13: the ways into the public catalogue (search, themes, bundles, departments) and the frame every page
 * shares: the platform's name, a skip link, the navigation, the language switch and the footer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcAggregateTemplate database;

	@BeforeEach
	void catalogue() {
		new CataloguePagesFixture(database).install();
	}

	@Test
	void homePageSearchesTheCatalogueWithAPlainForm() {
		WebPage home = get("/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html()).contains("<form class=\"search\" action=\"/matters\" method=\"get\" role=\"search\">")
			.contains("<label class=\"search__label\" for=\"home-q\">搜索事项</label>")
			.contains("id=\"home-q\" name=\"q\"");
	}

	@Test
	void homePageOffersThemesForPersonsAndForEnterprisesBundlesAndDepartments() {
		String text = get("/").text();

		assertThat(text).containsSubsequence("按主题办事", "个人办事", "蓝莓园区生活", "法人办事", "蓝莓园区开店", "一件事一次办",
				"蓝莓园区开店一件事", "3 个事项，承诺 15 个工作日内办结", "按部门办事", "蓝莓园区管理局", "蓝莓园区商务局");
		assertThat(get("/").html()).contains("href=\"/matters?theme=" + LIFE + "\"")
			.contains("href=\"/matters?theme=" + BUSINESS + "\"")
			.contains("href=\"/bundles/" + BUNDLE + "\"")
			.contains("href=\"/matters?department=" + PARK + "\"")
			.contains("href=\"/departments\"");
	}

	@Test
	void homePageExplainsHowItWorks() {
		assertThat(get("/").text()).containsSubsequence("如何办理", "1. 查找事项", "2. 在线申请", "3. 查询进度", "4. 获取结果");
	}

	@Test
	void everyPageHasTheLayoutInChineseByDefault() {
		WebPage home = get("/");

		assertThat(home.html()).contains("<html lang=\"zh-CN\">")
			.contains("<a class=\"skip-link\" href=\"#main-content\">跳到主要内容</a>")
			.contains("id=\"main-content\"")
			.contains("<nav class=\"nav\" aria-label=\"主导航\">")
			.contains("href=\"/matters\"", "href=\"/departments\"", "href=\"/query\"", "href=\"/login\"")
			.contains("href=\"/?lang=en\"")
			.doesNotContain("<script");
		assertThat(home.title()).isEqualTo("首页 - D市政务服务网");
		assertThat(home.text()).contains("D市政务服务网", "English", "主办单位", "政务服务便民热线：12345", "网站标识码");
	}

	@Test
	void everyPageSpeaksEnglishWhenAskedTo() {
		WebPage home = get("/?lang=en");

		assertThat(home.html()).contains("<html lang=\"en\">").contains("href=\"/?lang=zh\"");
		assertThat(home.title()).isEqualTo("Home - D City Government Services");
		assertThat(home.text()).contains("Skip to main content", "Search for a service", "Services by topic",
				"For individuals", "Life in Blueberry Park", "Run by the General Office");
	}

	@Test
	void departmentsPageGivesEachDepartmentsContactsAndLinksToItsMatters() {
		WebPage departments = get("/departments");

		assertThat(departments.status()).isEqualTo(200);
		assertThat(departments.text()).contains("蓝莓园区管理局 地址 D市蓝莓园区服务中心 2 号窗口 电话 0000-1234567 办公时间 工作日 9:00—17:00");
		assertThat(departments.html()).contains("href=\"/matters?department=" + PARK + "\"")
			.contains("href=\"/matters?department=" + COMMERCE + "\"")
			.contains("aria-current=\"page\">部门</a>");
	}

	@Test
	void bundlePageListsItsStagesInOrderWithTheMattersOfEach() {
		WebPage bundle = get("/bundles/" + BUNDLE);

		assertThat(bundle.status()).isEqualTo(200);
		assertThat(bundle.title()).isEqualTo("蓝莓园区开店一件事 - D市政务服务网");
		assertThat(bundle.text()).contains("一表申请 一套材料 一窗受理 一次办结", "牵头部门 蓝莓园区商务局", "3 个事项，分 2 个阶段",
				"承诺时限 15 个工作日")
			.containsSubsequence("第 1 阶段：设立", "蓝莓园区商户备案（甲类）", "蓝莓园区商户备案（乙类）", "第 2 阶段：经营",
					"蓝莓园区游船经营许可");
		assertThat(bundle.html()).contains("href=\"/matters/" + FILINGS.get(0) + "\"")
			.contains("href=\"/matters/" + FULL + "\"");
	}

	@Test
	void unknownBundleIsNotFound() {
		WebPage missing = get("/bundles/TEST-PAGES-NO-SUCH-BUNDLE");

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.text()).contains("未找到编码为“TEST-PAGES-NO-SUCH-BUNDLE”的“一件事”。");
	}

	private WebPage get(String path) {
		return WebPage.of(mvc.get().uri(path).exchange());
	}

}
