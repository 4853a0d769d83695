package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalog.web.CataloguePagesFixture.BUSINESS;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL_NAME;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL_NAME_EN;
import static org.tongban.catalog.web.CataloguePagesFixture.LIFE;
import static org.tongban.catalog.web.CataloguePagesFixture.PARK;
import static org.tongban.catalog.web.CataloguePagesFixture.PROOF;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.support.WebPage;

/**
 * R2.1, R2.2: each matter has a guide page (办事指南) that publishes every element of its standard; R2.3: it says which
 * version applies and links the others; R13.3: in Chinese by default, in English when asked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GuidePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcAggregateTemplate database;

	@BeforeEach
	void catalogue() {
		new CataloguePagesFixture(database).install();
	}

	@Test
	void guideNamesTheMatterAndWhereItSits() {
		WebPage guide = get("/matters/" + FULL);

		assertThat(guide.status()).isEqualTo(200);
		assertThat(guide.title()).isEqualTo(FULL_NAME + " - D市政务服务网");
		assertThat(guide.html()).contains("<h1 class=\"heading-xl\">" + FULL_NAME + "</h1>")
			.contains("<li class=\"breadcrumbs__item crumb\"><a href=\"/matters\">办事指南</a></li>")
			.contains("aria-current=\"true\">办事指南</a>");
	}

	@Test
	void guideShowsTheKeyFactsOfTheVersionInForce() {
		assertThat(get("/matters/" + FULL).text()).contains("事项编码 " + FULL, "事项类型 行政许可", "实施部门 蓝莓园区管理局",
				"服务对象 个人、法人（企业和组织）", "所属主题 蓝莓园区生活、蓝莓园区开店", "承诺时限 10 个工作日",
				"到现场次数 最多跑一次", "收费标准 收费，见收费标准", "版本 第 2 版，2001年1月1日起施行", "行政许可 最多跑一次 告知承诺");
		assertThat(get("/matters/" + FULL).html()).contains("href=\"/matters?theme=" + LIFE + "\"")
			.contains("href=\"/matters?theme=" + BUSINESS + "\"");
	}

	@Test
	void guideShowsTheLegalBasisConditionsAndStandards() {
		assertThat(get("/matters/" + FULL).text()).contains(
				"办理依据 《蓝莓园区水域管理办法》 第十二条 在园区水域经营游船的，应当取得许可。 《中华人民共和国行政许可法》 第十二条",
				"受理条件 申请人应当具有合格的游船和持证驾驶员。", "审批标准 游船经检验合格；驾驶员持有有效证书。");
	}

	@Test
	void guideDescribesEveryMaterial() {
		assertThat(get("/matters/" + FULL).text()).contains("申请材料 共 2 项材料。",
				"营业执照 必交 可用电子证照免交 申请人的营业执照。 材料形式和份数 复印件 1 份 电子证照 可以用电子证照（营业执照）代替，无需提交 样本和填写提示 加盖公章的复印件",
				"授权委托书 视情形提交 委托他人办理时提交。 何时需要 委托代理人办理的 材料形式和份数 原件 2 份 电子证照 不适用，需要提交");
	}

	@Test
	void guideOutlinesWhatTheFormAsks() {
		assertThat(get("/matters/" + FULL).text()).contains("申请表内容",
				"申请人信息 申请人名称 文字，必填 与营业执照上的名称一致 法定代表人身份证号码 居民身份证号码，必填",
				"统一社会信用代码 统一社会信用代码，选填",
				"经营信息 游船类型 从列表中选择一项，必填 可选项：手划船、电动船 停泊方式 选择一项，必填 可选项：自有码头、公共码头",
				"计划开业日期 日期，必填", "投资金额 金额（元），选填", "航线说明 较长的文字，必填 写明起点、终点和途经地点",
				"我已阅读并同意安全须知 勾选确认，必填");
	}

	@Test
	void guideShowsTheProcessAndTimeLimitsInWorkingDays() {
		assertThat(get("/matters/" + FULL).text()).contains(
				"办理流程 受理 1 个工作日 窗口审查材料是否齐全。 现场核查 5 个工作日 核查游船和码头。 决定",
				"办理时限 承诺时限 10 个工作日 法定时限 20 个工作日 我们承诺在 10 个工作日内办结，适用的是承诺时限。",
				"时限按工作日计算：不含周六、周日和法定节假日，调休上班的日子算作工作日");
	}

	@Test
	void guideShowsFeesDeliveryPlaceAndQuestions() {
		assertThat(get("/matters/" + FULL).text()).contains("收费标准 收费项目 金额 收费标准 收费依据 游船检验费 50 元 每艘船 50 元 园区收费文件〔2000〕1号",
				"结果送达 窗口领取 邮政寄递 电子送达（电子证照）", "本事项实行告知承诺制",
				"办理地点和时间 办理地点 蓝莓园区服务中心一楼综合窗口 咨询电话 0000-7654321 办理时间 周一至周五 9:00—17:00",
				"常见问题 可以网上办理吗？ 可以，全程网上办理，只需到现场一次。");
	}

	@Test
	void guideGivesTheDepartmentsContacts() {
		WebPage guide = get("/matters/" + FULL);

		assertThat(guide.text()).contains("地址 D市蓝莓园区服务中心 2 号窗口 电话 0000-1234567 办公时间 工作日 9:00—17:00");
		assertThat(guide.html()).contains("href=\"/matters?department=" + PARK + "\"");
	}

	@Test
	void freeMatterSaysSoAndAutomaticApprovalIsExplained() {
		WebPage guide = get("/matters/" + PROOF);

		assertThat(guide.text()).contains("收费标准 不收费", "本事项不收费。", "到现场次数 零跑动", "本事项实行秒批", "常见问题 暂无常见问题。");
	}

	@Test
	void guideOffersToApplyOnlineAndTheFormToPrint() {
		WebPage guide = get("/matters/" + FULL);

		assertThat(guide.html()).contains("href=\"/apply/" + FULL + "\"")
			.contains("href=\"/matters/" + FULL + "/application-form.pdf?version=2\"");
		assertThat(guide.text()).contains("在线办理 在线办理需要先登录。");
	}

	@Test
	void guideOfTheVersionInForceAnnouncesTheScheduledOne() {
		WebPage guide = get("/matters/" + FULL);

		assertThat(guide.text()).contains("新版本（第 3 版）将于 2999年1月1日起施行。", "在此之前提交的申请，仍按现行版本办理。")
			.doesNotContain("已废止的");
		assertThat(guide.html()).contains("href=\"/matters/" + FULL + "?version=3\"");
	}

	@Test
	void versionHistoryLinksEveryVersion() {
		WebPage guide = get("/matters/" + FULL);

		assertThat(guide.text()).contains("版本记录 版本 施行日期 状态 第 1 版 2000年1月1日 已废止 第 2 版（正在查看） 2001年1月1日 现行 第 3 版 2999年1月1日 待施行");
		assertThat(guide.html()).contains("href=\"/matters/" + FULL + "?version=1\"");
	}

	@Test
	void supersededVersionCarriesABannerAndLinksTheVersionInForce() {
		WebPage old = get("/matters/" + FULL + "?version=1");

		assertThat(old.status()).isEqualTo(200);
		assertThat(old.html()).contains("<div class=\"banner banner--warning\" role=\"note\">")
			.contains("href=\"/matters/" + FULL + "\">查看现行的第 2 版（2001年1月1日起施行）</a>")
			.doesNotContain("href=\"/apply/");
		assertThat(old.text()).contains("您正在查看已废止的第 1 版（2000年1月1日起施行），它已不再适用。", "承诺时限 15 个工作日",
				"第 1 版（正在查看）");
	}

	@Test
	void scheduledVersionSaysItDoesNotApplyYet() {
		WebPage next = get("/matters/" + FULL + "?version=3");

		assertThat(next.text()).contains("您正在查看尚未施行的第 3 版，它将于 2999年1月1日起施行。", "查看现行的第 2 版",
				"承诺时限 5 个工作日");
		assertThat(next.html()).doesNotContain("href=\"/apply/");
	}

	@Test
	void guideInEnglish() {
		WebPage guide = get("/matters/" + FULL + "?lang=en");

		assertThat(guide.html()).contains("<html lang=\"en\">")
			.contains("<h1 class=\"heading-xl\">" + FULL_NAME_EN + "</h1>")
			.contains("href=\"/matters/" + FULL + "?lang=zh\"");
		assertThat(guide.title()).isEqualTo(FULL_NAME_EN + " - D City Government Services");
		assertThat(guide.text()).contains("A new version (3) comes into force on 1 January 2999.", "Service code " + FULL,
				"Kind Licence", "Who can apply Individuals, Businesses and organisations", "Committed time limit 10 working days",
				"Visits needed At most one visit", "Version Version 2, in force from 1 January 2001", "Apply online",
				"Documents you need 2 documents.", "Business licence Required E-licence accepted",
				"Form and copies Photocopy, 1 copy", "Letter of authorisation Only in some cases",
				"When it is needed When an agent applies", "Form and copies Original, 2 copies",
				"Kind of boat one choice from a list, required Choices: Rowing boat, Electric boat",
				"We commit to a decision within 10 working days: the committed time limit is the one that applies.",
				"Time limits count working days only", "Boat inspection fee 50 yuan", "By post",
				"Can I apply online?", "Version 1 1 January 2000 Replaced Version 2 (this page) 1 January 2001 In force");
	}

	@Test
	void unknownMatterIsALocalizedNotFoundPage() {
		WebPage chinese = get("/matters/TEST-PAGES-NO-SUCH-MATTER");
		WebPage english = get("/matters/TEST-PAGES-NO-SUCH-MATTER?lang=en");

		assertThat(chinese.status()).isEqualTo(404);
		assertThat(chinese.title()).isEqualTo("未找到 - D市政务服务网");
		assertThat(chinese.text()).contains("未找到事项编码为“TEST-PAGES-NO-SUCH-MATTER”的事项。", "搜索办事指南", "返回首页");
		assertThat(english.status()).isEqualTo(404);
		assertThat(english.html()).contains("<html lang=\"en\">");
		assertThat(english.text()).contains("Not found", "There is no matter with the code \"TEST-PAGES-NO-SUCH-MATTER\".");
	}

	@Test
	void unknownVersionIsNotFound() {
		WebPage missing = get("/matters/" + FULL + "?version=9");

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.text()).contains("事项“" + FULL + "”没有第 9 版。");
	}

	private WebPage get(String path) {
		return WebPage.of(mvc.get().uri(path).exchange());
	}

}
