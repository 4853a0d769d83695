package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.catalog.Audience;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.support.WebPage;

/**
 * R2.2, R13: the ways into the public catalogue (search, themes, bundles, departments)
 * and the frame every page shares: the platform's name, a skip link, the navigation, the
 * language switch and the footer. Read on the demo catalogue of D city.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MatterCatalog catalog;

	@Test
	void homePageSearchesTheCatalogueWithAPlainForm() {
		WebPage home = get("/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html())
			.contains("<form class=\"search\" action=\"/matters\" method=\"get\" role=\"search\" novalidate>")
			.contains("<label class=\"search__label\" for=\"home-q\">搜索事项</label>")
			.contains("id=\"home-q\" name=\"q\"");
	}

	@Test
	void homePageOffersThemesForPersonsAndForEnterprisesBundlesAndDepartments() {
		WebPage home = get("/");

		List<String> waysIn = new ArrayList<>(List.of("按主题办事", "个人办事"));
		waysIn.addAll(themeNames(Audience.PERSONAL));
		waysIn.add("法人办事");
		waysIn.addAll(themeNames(Audience.ENTERPRISE));
		waysIn.add("一件事一次办");
		waysIn.addAll(catalog.bundles().stream().map(bundle -> bundle.name().zh()).toList());
		waysIn.add("按部门办事");
		waysIn.addAll(catalog.departments().stream().map(department -> department.name().zh()).toList());
		assertThat(home.text()).containsSubsequence(waysIn)
			.containsSubsequence("个人办事", "社会保障", "不动产", "法人办事", "开办企业", "食品经营")
			.contains("企业开办一件事", "4 个事项，承诺 2 个工作日内办结", "工程建设项目审批一件事", "7 个事项，承诺 20 个工作日内办结");
		assertThat(home.html())
			.contains(catalog.themes().stream().map(theme -> href("/matters?theme=" + theme.code())).toList())
			.contains(catalog.bundles().stream().map(bundle -> href("/bundles/" + bundle.code())).toList())
			.contains(catalog.departments()
				.stream()
				.map(department -> href("/matters?department=" + department.code()))
				.toList())
			.contains(href("/departments"));
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
				"For individuals", "Social security", "For businesses", "Starting a business",
				"Starting a business in one go", "4 services, decided within 2 working days",
				"D City Administration for Market Regulation", "Run by the General Office");
	}

	@Test
	void departmentsPageGivesEachDepartmentsContactsAndLinksToItsMatters() {
		WebPage departments = get("/departments");

		assertThat(departments.status()).isEqualTo(200);
		assertThat(departments.text())
			.contains("市市场监督管理局 地址 D市中心区政通路18号 电话 0769-22830001 办公时间 周一至周五 上午9:00—12:00，下午13:30—17:30（法定节假日除外） 查看办理事项",
					"市不动产登记中心 地址 D市中心区政通路6号市自然资源和规划局附楼 电话 0769-22806300")
			.containsSubsequence(catalog.departments().stream().map(this::contactsOf).toList());
		assertThat(departments.html())
			.contains(catalog.departments()
				.stream()
				.map(department -> href("/matters?department=" + department.code()))
				.toList())
			.contains("aria-current=\"page\">部门</a>");
	}

	@Test
	void bundlePageListsItsStagesInOrderWithTheMattersOfEach() {
		WebPage bundle = get("/bundles/YJS-QYKB");

		assertThat(bundle.status()).isEqualTo(200);
		assertThat(bundle.title()).isEqualTo("企业开办一件事 - D市政务服务网");
		assertThat(bundle.text())
			.contains("一表申请 一套材料 一窗受理 一次办结", "牵头部门 市市场监督管理局", "所属主题 开办企业", "包含事项 4 个事项，分 2 个阶段", "承诺时限 2 个工作日")
			.containsSubsequence("第 1 阶段：营业执照办理", "企业设立登记", "第 2 阶段：涉税事项、社保登记和公章刻制", "新办纳税人涉税事项（信息确认及发票领用）", "单位社会保险登记",
					"公章刻制备案");
		// The three matters handled in parallel share one stage.
		assertThat(bundle.count("第 2 阶段")).isEqualTo(1);
		assertThat(bundle.html()).contains(catalog.bundle("YJS-QYKB")
			.items()
			.stream()
			.map(item -> href("/matters/" + item.matterCode()))
			.toList());
	}

	@Test
	void bundleOfFourStagesListsThemInOrder() {
		WebPage bundle = get("/bundles/YJS-GCJS");

		assertThat(bundle.text()).contains("牵头部门 市住房和城乡建设局", "包含事项 7 个事项，分 4 个阶段", "承诺时限 20 个工作日")
			.containsSubsequence("第 1 阶段：立项用地规划许可", "企业投资项目备案", "建设用地规划许可证核发", "第 2 阶段：工程建设许可", "建设工程规划许可证核发",
					"第 3 阶段：施工许可", "建筑工程施工许可证核发", "第 4 阶段：竣工验收", "房屋建筑和市政基础设施工程竣工验收备案");
	}

	@Test
	void unknownBundleIsNotFound() {
		WebPage missing = get("/bundles/NO-SUCH-BUNDLE");

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.text()).contains("未找到编码为“NO-SUCH-BUNDLE”的“一件事”。");
	}

	private List<String> themeNames(Audience audience) {
		return catalog.themes()
			.stream()
			.filter(theme -> theme.audience() == audience)
			.map(theme -> theme.name().zh())
			.toList();
	}

	/**
	 * A department's name followed by its address, phone and office hours, as the
	 * departments page lists them.
	 */
	private String contactsOf(Department department) {
		return department.name().zh() + " 地址 " + department.address().zh() + " 电话 " + department.phone() + " 办公时间 "
				+ department.officeHours().zh();
	}

	private static String href(String path) {
		return "href=\"" + path + "\"";
	}

	private WebPage get(String path) {
		return WebPage.of(mvc.get().uri(path).exchange());
	}

}
