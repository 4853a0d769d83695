package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.support.WebPage;

/**
 * R2.1, R2.2: each matter has a guide page (办事指南) that publishes every element of its
 * standard; R2.3: it says which version applies and links the others; R13.3: in Chinese
 * by default, in English when asked. Read on the demo catalogue of D city on the demo
 * day; texts whose wording does not matter are taken from the catalogue.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GuidePageTests {

	/**
	 * Version 1 of 1 January 2025 is superseded by version 2, in force since 1 March
	 * 2026. Free of charge.
	 */
	static final String FOOD_LICENCE = "SCJGJ-SPJYXK";

	/**
	 * Version 1 is in force, version 2 comes into force on 1 January 2027; informed
	 * commitment and automatic approval.
	 */
	static final String MEDICAL_CARE_ELSEWHERE = "YBJ-YDJYBA";

	/** Informed commitment without automatic approval. */
	static final String JOB_PLACEMENT_LICENCE = "RSJ-RLZYFWXK";

	/** Charges the real-estate registration fees of 80 and 550 yuan. */
	static final String MORTGAGE_REGISTRATION = "BDCDJZX-DYQSCDJ";

	/** Serves persons and enterprises. */
	static final String PRIVATE_SCHOOL = "JYJ-MBXXSL";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MatterCatalog catalog;

	@Test
	void guideNamesTheMatterAndWhereItSits() {
		WebPage guide = get("/matters/" + FOOD_LICENCE);

		assertThat(guide.status()).isEqualTo(200);
		assertThat(guide.title()).isEqualTo("食品经营许可（新办） - D市政务服务网");
		assertThat(guide.html()).contains("<h1 class=\"heading-xl\">食品经营许可（新办）</h1>")
			.contains("<li class=\"breadcrumbs__item crumb\"><a href=\"/matters\">办事指南</a></li>")
			.contains("aria-current=\"true\">办事指南</a>");
	}

	@Test
	void guideShowsTheKeyFactsOfTheVersionInForce() {
		WebPage guide = get("/matters/" + FOOD_LICENCE);

		assertThat(guide.text()).contains("事项编码 " + FOOD_LICENCE, "事项类型 行政许可", "实施部门 市市场监督管理局", "服务对象 法人（企业和组织）",
				"所属主题 开办企业、食品经营", "承诺时限 5 个工作日", "到现场次数 零跑动", "收费标准 不收费", "版本 第 2 版，2026年3月1日起施行", "行政许可 零跑动");
		assertThat(guide.html()).contains("href=\"/matters?theme=KBQY\"").contains("href=\"/matters?theme=SPJY\"");
		assertThat(get("/matters/" + PRIVATE_SCHOOL).text()).contains("服务对象 个人、法人（企业和组织）");
	}

	@Test
	void guideShowsTheLegalBasisConditionsAndStandards() {
		MatterVersion food = catalog.guide(FOOD_LICENCE).version();

		assertThat(get("/matters/" + FOOD_LICENCE).text()).contains(
				"办理依据 《中华人民共和国食品安全法》 第三十五条 国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。 《中华人民共和国行政许可法》 第三十四条",
				"《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号） 《食品经营许可审查通则》 受理条件", "受理条件 " + shown(food.conditions().zh()),
				"审批标准 " + shown(food.standards().zh()));
	}

	@Test
	void guideDescribesEveryMaterial() {
		MatterVersion food = catalog.guide(FOOD_LICENCE).version();
		String text = get("/matters/" + FOOD_LICENCE).text();

		assertThat(text).contains("申请材料 共 " + food.materials().size() + " 项材料。")
			.containsSubsequence(food.materials().stream().map(material -> material.name().zh()).toList())
			.contains(
					"食品经营许可申请书 必交 " + description(food, "M01")
							+ " 材料形式和份数 电子材料 1 份 电子证照 不适用，需要提交 样本和填写提示 填写样本：《食品经营许可申请书（餐饮服务）》",
					"营业执照 必交 可用电子证照免交 " + description(food, "M02") + " 材料形式和份数 电子材料 1 份 电子证照 可以用电子证照（营业执照）代替，无需提交",
					"授权委托书及受托人身份证明 视情形提交 " + description(food, "M07")
							+ " 何时需要 委托他人代为办理时 材料形式和份数 电子材料 1 份 电子证照 不适用，需要提交");
	}

	@Test
	void guideOutlinesWhatTheFormAsks() {
		assertThat(get("/matters/" + FOOD_LICENCE).text()).contains(
				"申请表内容 在线申请或填写纸质申请表时，需要提供以下信息。 经营者信息 经营者名称 文字，必填 与营业执照（登记证书）上的名称一致",
				"统一社会信用代码 统一社会信用代码，必填 18位统一社会信用代码，见营业执照左上角", "法定代表人（负责人）身份证号码 居民身份证号码，必填", "联系电话 电话号码，必填",
				"经营场所 经营场所地址 地址，必填", "经营场所使用面积（平方米） 数字，必填", "仓库地址 地址，选填 有独立仓库的填写，没有的可不填",
				"是否从事网络经营 选择一项，必填 通过网络平台或自建网站销售食品的选择“是” 可选项：是、否",
				"主体业态 从列表中选择一项，必填 按主要经营方式选择；仅销售预包装食品的请办理备案，不在本事项申请 可选项：食品销售经营者（商场超市）、食品销售经营者（便利店）、餐饮服务经营者（餐馆）",
				"声明 真实性声明 勾选确认，必填");
	}

	@Test
	void guideListsTheRulesOfTheForm_R3_1() {
		assertThat(get("/matters/" + FOOD_LICENCE).text()).contains("填写和办理规则 仅销售预包装食品的，无需申请食品经营许可", "从事网络经营的，请输入网店网址。");
		assertThat(get("/matters/" + FOOD_LICENCE + "?version=1").text()).doesNotContain("填写和办理规则");
	}

	@Test
	void guideShowsTheProcessAndTimeLimitsInWorkingDays() {
		MatterVersion food = catalog.guide(FOOD_LICENCE).version();
		String text = get("/matters/" + FOOD_LICENCE).text();

		// A step without a limit of its own (acceptance online is immediate) shows none.
		assertThat(text).contains("办理流程 受理 " + shown(food.steps().get(0).description().zh()) + " 初审 1 个工作日")
			.containsSubsequence("初审 1 个工作日", "现场核查 2 个工作日", "复审 1 个工作日", "决定 1 个工作日", "送达", "办理时限")
			.contains("办理时限 承诺时限 5 个工作日 法定时限 10 个工作日 我们承诺在 5 个工作日内办结，适用的是承诺时限。", "时限按工作日计算：不含周六、周日和法定节假日，调休上班的日子算作工作日");
	}

	@Test
	void chargedMatterListsEveryFeeWithItsStandardAndBasis() {
		MatterVersion mortgage = catalog.guide(MORTGAGE_REGISTRATION).version();
		String text = get("/matters/" + MORTGAGE_REGISTRATION).text();

		assertThat(text).contains("收费标准 收费，见收费标准")
			.contains("收费标准 收费项目 金额 收费标准 收费依据 住宅类不动产登记费 80 元 每件80元；小微企业（含个体工商户）免收 " + mortgage.fees().get(0).basis()
					+ " 非住宅类不动产登记费 550 元 每件550元；小微企业（含个体工商户）免收 " + mortgage.fees().get(1).basis() + " 结果送达")
			.doesNotContain("本事项不收费。");
	}

	@Test
	void freeMatterSaysSo() {
		String text = get("/matters/" + FOOD_LICENCE).text();

		assertThat(text).contains("收费标准 不收费", "收费标准 本事项不收费。 结果送达").doesNotContain("收费项目");
	}

	@Test
	void guideShowsDeliveryPlaceAndQuestions() {
		MatterVersion food = catalog.guide(FOOD_LICENCE).version();
		String text = get("/matters/" + FOOD_LICENCE).text();

		assertThat(text)
			.contains("结果送达 窗口领取 邮政寄递 电子送达（电子证照） 办理地点和时间",
					"办理地点和时间 办理地点 " + shown(food.serviceLocation().zh()) + " 咨询电话 0769-22830012 办理时间 "
							+ shown(food.serviceHours().zh()))
			.containsSubsequence(Stream
				.concat(Stream.of("常见问题"),
						food.faqs().stream().flatMap(faq -> Stream.of(faq.question().zh(), faq.answer().zh())))
				.toList())
			.doesNotContain("本事项实行秒批", "本事项实行告知承诺制");
	}

	@Test
	void automaticApprovalAndInformedCommitmentAreExplained() {
		WebPage medicalCare = get("/matters/" + MEDICAL_CARE_ELSEWHERE);
		WebPage jobPlacement = get("/matters/" + JOB_PLACEMENT_LICENCE);

		assertThat(medicalCare.text()).contains("公共服务 零跑动 告知承诺 秒批", "到现场次数 零跑动",
				"本事项实行秒批：申请信息与权威数据比对一致的，系统自动作出决定；不一致的，转人工审批。",
				"本事项实行告知承诺制：书面承诺符合条件的，可以当场作出决定，并在 30 个工作日内核查；承诺不实的，依法撤销并记入信用记录。");
		assertThat(jobPlacement.text()).contains("行政许可 零跑动 告知承诺", "本事项实行告知承诺制").doesNotContain("秒批");
	}

	@Test
	void guidePublishesEveryRuleOfAutomaticApprovalAndOfEligibilityWithItsSource_R16_2_R16_6() {
		assertThat(get("/matters/" + MEDICAL_CARE_ELSEWHERE).text()).contains("系统将申请与以下权威数据比对",
				"申请人在人口库中的户籍状态正常（来源：人口基础信息库）", "由参保人本人办理（来源：申请表）", "申请人无在效的信用惩戒记录（来源：信用记录库）");
		assertThat(get("/matters/RSJ-YLDYZGRZ").text()).contains("提交申请前，系统核验以下条件",
				"申请人已达到按月领取养老保险待遇的最低年龄（50周岁）（来源：申请人实名账户）");
	}

	@Test
	void guideGivesTheDepartmentsContacts() {
		Department market = catalog.department("SCJGJ");
		WebPage guide = get("/matters/" + FOOD_LICENCE);

		assertThat(guide.text()).contains("市市场监督管理局 地址 " + market.address().zh() + " 电话 " + market.phone() + " 办公时间 "
				+ market.officeHours().zh() + " 该部门的全部事项");
		assertThat(guide.html()).contains("href=\"/matters?department=SCJGJ\"");
	}

	@Test
	void guideOffersToApplyOnlineAndTheFormToPrint() {
		WebPage guide = get("/matters/" + FOOD_LICENCE);

		assertThat(guide.html()).contains("href=\"/apply/" + FOOD_LICENCE + "\"")
			.contains("href=\"/matters/" + FOOD_LICENCE + "/application-form.pdf?version=2\"");
		assertThat(guide.text()).contains("在线办理 在线办理需要先登录。", "下载申请表（PDF，可打印填写）");
	}

	@Test
	void guideOfTheVersionInForceAnnouncesTheScheduledOne() {
		WebPage guide = get("/matters/" + MEDICAL_CARE_ELSEWHERE);

		assertThat(guide.text())
			.contains("新版本（第 2 版）将于 2027年1月1日起施行。 在此之前提交的申请，仍按现行版本办理。 查看第 2 版的办事指南", "版本 第 1 版，2024年1月1日起施行")
			.doesNotContain("已废止的", "尚未施行的");
		assertThat(guide.html()).contains("href=\"/matters/" + MEDICAL_CARE_ELSEWHERE + "?version=2\"")
			.contains("href=\"/apply/" + MEDICAL_CARE_ELSEWHERE + "\"");
	}

	@Test
	void versionHistoryLinksEveryVersion() {
		WebPage food = get("/matters/" + FOOD_LICENCE);
		WebPage medicalCare = get("/matters/" + MEDICAL_CARE_ELSEWHERE);

		assertThat(food.text()).contains("版本记录 版本 施行日期 状态 第 1 版 2025年1月1日 已废止 第 2 版（正在查看） 2026年3月1日 现行");
		assertThat(food.html()).contains("href=\"/matters/" + FOOD_LICENCE + "?version=1\"");
		assertThat(medicalCare.text()).contains("版本记录 版本 施行日期 状态 第 1 版（正在查看） 2024年1月1日 现行 第 2 版 2027年1月1日 待施行");
		assertThat(medicalCare.html()).contains("href=\"/matters/" + MEDICAL_CARE_ELSEWHERE + "?version=2\"");
	}

	@Test
	void supersededVersionCarriesABannerAndLinksTheVersionInForce() {
		WebPage old = get("/matters/" + FOOD_LICENCE + "?version=1");

		assertThat(old.status()).isEqualTo(200);
		assertThat(old.html()).contains("<div class=\"banner banner--warning\" role=\"note\">")
			.contains("href=\"/matters/" + FOOD_LICENCE + "\">查看现行的第 2 版（2026年3月1日起施行）</a>")
			.contains("href=\"/matters/" + FOOD_LICENCE + "/application-form.pdf?version=1\"")
			.doesNotContain("href=\"/apply/");
		// What the page shows is version 1's: ten days, one visit, the business licence
		// shown in original and copy.
		assertThat(old.text()).contains("您正在查看已废止的第 1 版（2025年1月1日起施行），它已不再适用。", "承诺时限 10 个工作日", "到现场次数 最多跑一次",
				"营业执照 必交 可用电子证照免交 营业执照复印件，核对原件。 材料形式和份数 原件和复印件 1 份", "第 1 版（正在查看）");
	}

	@Test
	void scheduledVersionSaysItDoesNotApplyYet() {
		String current = catalog.guide(MEDICAL_CARE_ELSEWHERE).version().summary().zh();
		String next = catalog.guide(MEDICAL_CARE_ELSEWHERE, 2).version().summary().zh();
		WebPage scheduled = get("/matters/" + MEDICAL_CARE_ELSEWHERE + "?version=2");

		assertThat(scheduled.status()).isEqualTo(200);
		assertThat(scheduled.html()).contains("<div class=\"banner banner--warning\" role=\"note\">")
			.contains("href=\"/matters/" + MEDICAL_CARE_ELSEWHERE + "\">查看现行的第 1 版（2024年1月1日起施行）</a>")
			.doesNotContain("href=\"/apply/");
		assertThat(scheduled.text()).contains("您正在查看尚未施行的第 2 版，它将于 2027年1月1日起施行。", next, "第 2 版（正在查看）")
			.doesNotContain(current);
	}

	@Test
	void guideInEnglish() {
		WebPage guide = get("/matters/" + FOOD_LICENCE + "?lang=en");

		assertThat(guide.html()).contains("<html lang=\"en\">")
			.contains("<h1 class=\"heading-xl\">Food business licence (new)</h1>")
			.contains("href=\"/matters/" + FOOD_LICENCE + "?lang=zh\"");
		assertThat(guide.title()).isEqualTo("Food business licence (new) - D City Government Services");
		assertThat(guide.text()).contains("Service code " + FOOD_LICENCE, "Kind Licence",
				"Department D City Administration for Market Regulation", "Who can apply Businesses and organisations",
				"Topics Starting a business, Food business", "Committed time limit 5 working days",
				"Visits needed No visit needed", "Fees Free of charge", "Version Version 2, in force from 1 March 2026",
				"Apply online", "Documents you need 7 documents.", "Business licence Required E-licence accepted",
				"Form and copies Electronic file, 1 copy",
				"Power of attorney and the agent's identity document Only in some cases",
				"When it is needed When an agent applies on the applicant's behalf",
				"Selling online one choice, required", "Choices: Yes, No",
				"Type of food business one choice from a list, required", "Initial review 1 working day",
				"On-site inspection 2 working days",
				"We commit to a decision within 5 working days: the committed time limit is the one that applies.",
				"Time limits count working days only", "There is no fee.",
				"Collect at the service window By post Electronically (e-licence)",
				"Do I need a licence to sell only pre-packaged food?",
				"Version 1 1 January 2025 Replaced Version 2 (this page) 1 March 2026 In force");
		assertThat(get("/matters/" + MORTGAGE_REGISTRATION + "?lang=en").text())
			.contains("Registration fee, housing 80 yuan", "Registration fee, non-housing 550 yuan");
		assertThat(get("/matters/" + MEDICAL_CARE_ELSEWHERE + "?lang=en").text())
			.contains("A new version (2) comes into force on 1 January 2027.");
		assertThat(get("/matters/" + FOOD_LICENCE + "?version=1&lang=en").text()).contains(
				"You are looking at version 1, in force from 1 January 2025. It has been replaced and no longer applies.");
	}

	@Test
	void unknownMatterIsALocalizedNotFoundPage() {
		WebPage chinese = get("/matters/NO-SUCH-MATTER");
		WebPage english = get("/matters/NO-SUCH-MATTER?lang=en");

		assertThat(chinese.status()).isEqualTo(404);
		assertThat(chinese.title()).isEqualTo("未找到 - D市政务服务网");
		assertThat(chinese.text()).contains("未找到事项编码为“NO-SUCH-MATTER”的事项。", "搜索办事指南", "返回首页");
		assertThat(english.status()).isEqualTo(404);
		assertThat(english.html()).contains("<html lang=\"en\">");
		assertThat(english.text()).contains("Not found", "There is no matter with the code \"NO-SUCH-MATTER\".");
	}

	@Test
	void unknownVersionIsNotFound() {
		WebPage missing = get("/matters/" + FOOD_LICENCE + "?version=9");

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.text()).contains("事项“" + FOOD_LICENCE + "”没有第 9 版。");
	}

	private WebPage get(String path) {
		return WebPage.of(mvc.get().uri(path).exchange());
	}

	/**
	 * The catalogue's text as a reader sees it on the page, its line breaks run together.
	 */
	private static String shown(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private static String description(MatterVersion version, String materialCode) {
		List<MatterVersion.Material> found = version.materials()
			.stream()
			.filter(material -> material.code().equals(materialCode))
			.toList();
		assertThat(found).as("material %s of %s", materialCode, version.matterCode()).hasSize(1);
		return shown(found.get(0).description().zh());
	}

}
