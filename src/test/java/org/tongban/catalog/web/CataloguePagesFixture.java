package org.tongban.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.tongban.catalog.Audience;
import org.tongban.catalog.Bundle;
import org.tongban.catalog.DeliveryMethod;
import org.tongban.catalog.DeliveryMethods;
import org.tongban.catalog.Department;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.Field;
import org.tongban.catalog.FormDefinition.FieldType;
import org.tongban.catalog.FormDefinition.Option;
import org.tongban.catalog.FormDefinition.Section;
import org.tongban.catalog.MaterialForm;
import org.tongban.catalog.Matter;
import org.tongban.catalog.MatterKind;
import org.tongban.catalog.MatterVersion;
import org.tongban.catalog.MatterVersion.Faq;
import org.tongban.catalog.MatterVersion.Fee;
import org.tongban.catalog.MatterVersion.LegalBasis;
import org.tongban.catalog.MatterVersion.Material;
import org.tongban.catalog.MatterVersion.ProcessStep;
import org.tongban.catalog.Theme;
import org.tongban.shared.LocalizedText;

/**
 * A small catalogue of the imaginary Blueberry Park (蓝莓园区) for the page tests, beside whatever catalogue the
 * database holds: codes start with TEST-PAGES- and names with 蓝莓园区, which no real matter uses. It is inserted
 * once per database, however many test contexts share it.
 *
 * <ul>
 * <li>{@link #FULL}, a licence whose version 2 is in force and has every element of a guide (R2.1); version 1 is
 * superseded and version 3 scheduled (R2.3).</li>
 * <li>{@link #PROOF}, a free confirmation for persons with automatic approval and no visit.</li>
 * <li>Three filings for enterprises of department {@link #COMMERCE}, to page through.</li>
 * <li>{@link #BUNDLE}, a bundle of two stages.</li>
 * </ul>
 */
class CataloguePagesFixture {

	static final String WORD = "蓝莓园区";

	static final String PARK = "TEST-PAGES-PARK";

	static final String COMMERCE = "TEST-PAGES-COMMERCE";

	static final String LIFE = "TEST-PAGES-LIFE";

	static final String BUSINESS = "TEST-PAGES-BUSINESS";

	static final String FULL = "TEST-PAGES-FULL";

	static final String FULL_NAME = "蓝莓园区游船经营许可";

	static final String FULL_NAME_EN = "Blueberry Park boat operating licence";

	static final String PROOF = "TEST-PAGES-PROOF";

	static final List<String> FILINGS = List.of("TEST-PAGES-FILING-1", "TEST-PAGES-FILING-2", "TEST-PAGES-FILING-3");

	static final String BUNDLE = "TEST-PAGES-BUNDLE";

	static final LocalDate SUPERSEDED_FROM = LocalDate.of(2000, 1, 1);

	static final LocalDate IN_FORCE_FROM = LocalDate.of(2001, 1, 1);

	static final LocalDate SCHEDULED_FROM = LocalDate.of(2999, 1, 1);

	private final JdbcAggregateTemplate database;

	CataloguePagesFixture(JdbcAggregateTemplate database) {
		this.database = database;
	}

	/** Inserts the fixture unless an earlier test did. */
	void install() {
		if (database.existsById(PARK, Department.class)) {
			return;
		}
		database.insert(new Department(PARK, text("蓝莓园区管理局", "Blueberry Park Authority"),
				text("D市蓝莓园区服务中心 2 号窗口", "Window 2, Blueberry Park Service Centre, D City"), "0000-1234567",
				text("工作日 9:00—17:00", "Working days 9:00–17:00"), 9001));
		database.insert(new Department(COMMERCE, text("蓝莓园区商务局", "Blueberry Park Commerce Bureau"), null, null,
				null, 9002));
		database.insert(new Theme(LIFE, text("蓝莓园区生活", "Life in Blueberry Park"),
				text("在园区生活的人要办的事", "For people living in the park"), Audience.PERSONAL, 9001));
		database.insert(new Theme(BUSINESS, text("蓝莓园区开店", "Opening a shop in Blueberry Park"), null,
				Audience.ENTERPRISE, 9002));

		database.insert(new Matter(FULL, PARK, MatterKind.LICENSING, true, true,
				Set.of(new Matter.MatterTheme(LIFE), new Matter.MatterTheme(BUSINESS))));
		database.insert(full(1, SUPERSEDED_FROM, 15));
		database.insert(full(2, IN_FORCE_FROM, 10));
		database.insert(full(3, SCHEDULED_FROM, 5));

		database.insert(new Matter(PROOF, PARK, MatterKind.CONFIRMATION, true, false,
				Set.of(new Matter.MatterTheme(LIFE))));
		database.insert(version(PROOF, 1, text(WORD + "居住证明", "Blueberry Park residence certificate"), 3, 1, false,
				true, 0, List.of(), simpleForm()));

		for (int i = 0; i < FILINGS.size(); i++) {
			database.insert(new Matter(FILINGS.get(i), COMMERCE, MatterKind.FILING, false, true,
					Set.of(new Matter.MatterTheme(BUSINESS))));
			database.insert(version(FILINGS.get(i), 1,
					text(WORD + "商户备案（" + "甲乙丙".charAt(i) + "类）", "Blueberry Park shop filing " + (i + 1)), 10, 5,
					false, false, 1, List.of(), simpleForm()));
		}

		database.insert(new Bundle(BUNDLE, text(WORD + "开店一件事", "Opening a shop in Blueberry Park"),
				text("开店要办的事一次办完", "Everything a new shop needs, in one go"), BUSINESS, COMMERCE, 15,
				List.of(new Bundle.Item(FILINGS.get(0), 1, text("设立", "Setting up")),
						new Bundle.Item(FILINGS.get(1), 1, text("设立", "Setting up")),
						new Bundle.Item(FULL, 2, text("经营", "Operating")))));
	}

	/** Version n of the licence, with every element a guide has. */
	private static MatterVersion full(int version, LocalDate from, int committedDays) {
		var form = new FormDefinition(List.of(
				new Section("applicant", text("申请人信息", "Applicant"), List.of(
						field("name", "申请人名称", "Name of the applicant", FieldType.TEXT, true, "与营业执照上的名称一致",
								List.of()),
						field("idNumber", "法定代表人身份证号码", "ID number of the legal representative", FieldType.ID_NUMBER,
								true, null, List.of()),
						field("phone", "联系电话", "Phone", FieldType.PHONE, true, null, List.of()),
						field("uscc", "统一社会信用代码", "Unified social credit code", FieldType.USCC, false, null,
								List.of()))),
				new Section("operation", text("经营信息", "Operation"), List.of(
						field("boatType", "游船类型", "Kind of boat", FieldType.SELECT, true, null,
								List.of(new Option("ROW", text("手划船", "Rowing boat")),
										new Option("ELECTRIC", text("电动船", "Electric boat")))),
						field("berth", "停泊方式", "Berth", FieldType.RADIO, true, null,
								List.of(new Option("OWN", text("自有码头", "Own pier")),
										new Option("PUBLIC", text("公共码头", "Public pier")))),
						field("start", "计划开业日期", "Planned opening day", FieldType.DATE, true, null, List.of()),
						field("capital", "投资金额", "Investment", FieldType.MONEY, false, null, List.of()),
						field("route", "航线说明", "Route", FieldType.TEXTAREA, true, "写明起点、终点和途经地点",
								List.of()),
						field("agree", "我已阅读并同意安全须知", "I have read the safety rules", FieldType.CHECKBOX, true,
								null, List.of())))));
		return new MatterVersion(null, FULL, version, from, text(FULL_NAME, FULL_NAME_EN),
				text("在园区湖面经营游船须取得本许可。", "Needed to run boats on the park’s lake."),
				text("申请人应当具有合格的游船和持证驾驶员。", "The applicant has safe boats and licensed boatmen."),
				text("游船经检验合格；驾驶员持有有效证书。", "Boats pass inspection; boatmen hold valid certificates."), 20,
				committedDays, true, false,
				new DeliveryMethods(EnumSet.of(DeliveryMethod.PICK_UP, DeliveryMethod.POST, DeliveryMethod.ELECTRONIC)),
				text("蓝莓园区服务中心一楼综合窗口", "Integrated window, ground floor, Blueberry Park Service Centre"),
				"0000-7654321", text("周一至周五 9:00—17:00", "Monday to Friday 9:00–17:00"), 1, "standardApproval",
				form,
				List.of(new LegalBasis("《蓝莓园区水域管理办法》", "第十二条", "在园区水域经营游船的，应当取得许可。"),
						new LegalBasis("《中华人民共和国行政许可法》", "第十二条", null)),
				List.of(new Material("LICENCE", text("营业执照", "Business licence"),
						text("申请人的营业执照。", "The applicant’s business licence."), true, null, MaterialForm.COPY, 1,
						"营业执照", text("加盖公章的复印件", "A copy with the company seal")),
						new Material("AGENT", text("授权委托书", "Letter of authorisation"),
								text("委托他人办理时提交。", "When someone applies for you."), false,
								text("委托代理人办理的", "When an agent applies"), MaterialForm.ORIGINAL, 2, null, null)),
				List.of(new ProcessStep(text("受理", "Acceptance"), text("窗口审查材料是否齐全。", "The window checks the documents."), 1),
						new ProcessStep(text("现场核查", "Inspection"), text("核查游船和码头。", "Boats and pier are inspected."), 5),
						new ProcessStep(text("决定", "Decision"), null, null)),
				List.of(new Fee(text("游船检验费", "Boat inspection fee"), new BigDecimal("50.00"),
						text("每艘船 50 元", "50 yuan a boat"), "园区收费文件〔2000〕1号")),
				List.of(new Faq(text("可以网上办理吗？", "Can I apply online?"),
						text("可以，全程网上办理，只需到现场一次。", "Yes; you visit once at most."))));
	}

	private static MatterVersion version(String code, int version, LocalizedText name, int statutoryDays,
			int committedDays, boolean informedCommitment, boolean automaticApproval, int maxVisits, List<Fee> fees,
			FormDefinition form) {
		return new MatterVersion(null, code, version, IN_FORCE_FROM, name, null, null, null, statutoryDays,
				committedDays, informedCommitment, automaticApproval,
				new DeliveryMethods(EnumSet.of(DeliveryMethod.ELECTRONIC)), null, null, null, maxVisits,
				"standardApproval", form, List.of(), List.of(), List.of(), fees, List.of());
	}

	private static FormDefinition simpleForm() {
		return new FormDefinition(List.of(new Section("applicant", text("申请人信息", "Applicant"),
				List.of(field("name", "申请人姓名", "Name", FieldType.TEXT, true, null, List.of())))));
	}

	private static Field field(String key, String zh, String en, FieldType type, boolean required, String help,
			List<Option> options) {
		return new Field(key, text(zh, en), type, required, help == null ? null : text(help, null), null, null, null,
				null, options, null);
	}

	private static LocalizedText text(String zh, String en) {
		return LocalizedText.of(zh, en);
	}

}
