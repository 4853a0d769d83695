package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The form rules of real matters of the demo catalogue, in the versions in force on the
 * demo day: what a complete application passes, what each mistake says, which answers
 * make a material required (R3.1), and which stop the application at the form (R16.6).
 */
@SpringBootTest
class DemoFormRulesTests {

	static final String FOOD_LICENCE = "SCJGJ-SPJYXK";

	static final String PREPACKAGED_FILING = "SCJGJ-YBZSPBA";

	@Autowired
	MatterCatalog catalog;

	@Autowired
	FormMessages messages;

	FormDefinition formInForce(String code) {
		return catalog.guide(code).version().form();
	}

	static Map<String, List<String>> foodLicence() {
		var answers = new HashMap<String, List<String>>();
		answers.put("operatorName", List.of("D市小明餐饮管理有限公司"));
		answers.put("uscc", List.of(FormCheckTests.USCC));
		answers.put("legalRepName", List.of("王小明"));
		answers.put("legalRepIdNumber", List.of(FormCheckTests.ID_NUMBER));
		answers.put("mobile", List.of("13800138000"));
		answers.put("agent", List.of("NO"));
		answers.put("premisesAddress", List.of("D市中心区市民大道8号"));
		answers.put("premisesArea", List.of("120"));
		answers.put("diningArea", List.of("80"));
		answers.put("online", List.of("YES"));
		answers.put("onlineUrl", List.of("https://shop.example.com/xiaoming"));
		answers.put("businessForm", List.of("CATERING_RESTAURANT"));
		answers.put("items", List.of("HOT", "COLD"));
		answers.put("vending", List.of("NO"));
		answers.put("safetyManager", List.of("李红"));
		answers.put("safetyManagerMobile", List.of("13900139000"));
		answers.put("staffCount", List.of("8"));
		answers.put("truthful", List.of("true"));
		return answers;
	}

	FormCheck checkFood(Map<String, List<String>> changes) {
		return formInForce(FOOD_LICENCE).check(new FormAnswers(foodLicence()).with(changes));
	}

	String onlyProblem(FormCheck check, String field, Locale locale) {
		assertThat(check.problems()).extracting(FormProblem::field).containsExactly(field);
		return messages.message(check.problems().get(0), locale);
	}

	@Test
	void aCompleteFoodLicenceApplicationPasses_R3_1() {
		FormDefinition form = formInForce(FOOD_LICENCE);
		FormCheck check = form.check(new FormAnswers(foodLicence()));
		assertThat(check.problems()).isEmpty();
		assertThat(check.stops()).isEmpty();
		assertThat(form.requiredMaterials(new FormAnswers(foodLicence()))).isEmpty();
		assertThat(form.sections())
			.allSatisfy(section -> assertThat(form.check(section.key(), new FormAnswers(foodLicence())).passed())
				.as(section.key())
				.isTrue());
	}

	@Test
	void eachMissingAnswerOfTheFoodLicenceIsNamed_R3_1() {
		FormDefinition form = formInForce(FOOD_LICENCE);
		form.fields().filter(FormDefinition.Field::required).forEach(field -> {
			FormCheck check = checkFood(Map.of(field.key(), List.of()));
			assertThat(onlyProblem(check, field.key(), Locale.CHINA)).as(field.key())
				.startsWith("请")
				.contains(field.label().zh());
			assertThat(messages.message(check.problems().get(0), Locale.ENGLISH)).as(field.key())
				.containsIgnoringCase(field.label().en());
		});
	}

	@Test
	void eachWrongAnswerOfTheFoodLicenceSaysWhatIsWrong_R3_1() {
		assertThat(onlyProblem(checkFood(Map.of("uscc", List.of("91210202MA0Q5K7D3A"))), "uscc", Locale.CHINA))
			.isEqualTo("统一社会信用代码有误：统一社会信用代码的校验码（最后一位）与前 17 位不符，请核对是否有字符填错。");
		assertThat(onlyProblem(checkFood(Map.of("legalRepIdNumber", List.of("21020219850312031"))), "legalRepIdNumber",
				Locale.CHINA))
			.isEqualTo("法定代表人（负责人）身份证号码有误：居民身份证号码应为 18 位，您填写了 17 位。");
		assertThat(onlyProblem(checkFood(Map.of("mobile", List.of("0769-22830012"))), "mobile", Locale.ENGLISH))
			.startsWith("The mobile phone is wrong:");
		assertThat(onlyProblem(checkFood(Map.of("premisesArea", List.of("0"))), "premisesArea", Locale.CHINA))
			.isEqualTo("经营场所使用面积（平方米）不能小于 1。");
		assertThat(onlyProblem(checkFood(Map.of("staffCount", List.of("八人"))), "staffCount", Locale.ENGLISH))
			.isEqualTo("The number of food handlers must be a whole number without decimals, like 8.");
		assertThat(onlyProblem(checkFood(Map.of("staffCount", List.of("8.5"))), "staffCount", Locale.CHINA))
			.as("a count of people has no decimals")
			.isEqualTo("从业人员数必须是整数，不能有小数，例如 8。");
		assertThat(onlyProblem(checkFood(Map.of("items", List.of("HOT", "FROZEN"))), "items", Locale.CHINA))
			.isEqualTo("请从给出的选项中选择经营项目。");
		assertThat(onlyProblem(checkFood(Map.of("onlineUrl", List.of("shop.example.com"))), "onlineUrl", Locale.CHINA))
			.isEqualTo("网店网址的格式不正确，请按填写说明输入。");
	}

	@Test
	void sellingOnlineNeedsTheAddressOfTheShop_R3_1() {
		assertThat(onlyProblem(checkFood(Map.of("onlineUrl", List.of())), "onlineUrl", Locale.CHINA))
			.isEqualTo("从事网络经营的，请输入网店网址。");
		assertThat(checkFood(Map.of("online", List.of("NO"), "onlineUrl", List.of())).passed()).isTrue();
	}

	@Test
	void cateringNeedsADiningAreaWithinThePremises_R3_1() {
		assertThat(onlyProblem(checkFood(Map.of("diningArea", List.of())), "diningArea", Locale.ENGLISH))
			.isEqualTo("Enter the dining area, as you provide catering or run a canteen.");
		assertThat(onlyProblem(checkFood(Map.of("diningArea", List.of("121"))), "diningArea", Locale.CHINA))
			.isEqualTo("就餐场所面积不能大于经营场所使用面积，后者已包含就餐场所。");
		assertThat(checkFood(Map.of("businessForm", List.of("SALES_SUPERMARKET"), "diningArea", List.of())).passed())
			.isTrue();
	}

	@Test
	void vendingMachinesAndAnAgentRequireTheirMaterials_R3_1() {
		FormDefinition form = formInForce(FOOD_LICENCE);
		var answers = new FormAnswers(foodLicence());
		assertThat(form.requiredMaterials(answers.with(Map.of("vending", List.of("YES"))))).containsExactly("M06");
		assertThat(form.requiredMaterials(answers.with(Map.of("agent", List.of("YES"))))).containsExactly("M07");
		assertThat(catalog.guide(FOOD_LICENCE).version().materials()).filteredOn(material -> !material.required())
			.extracting(MatterVersion.Material::code)
			.containsExactlyInAnyOrder("M06", "M07");
	}

	@Test
	void sellingOnlyPrepackagedFoodIsStoppedAtTheFormWithTheFilingToMakeInstead_R16_6() {
		FormCheck check = checkFood(Map.of("businessForm", List.of("SALES_PREPACKAGED_ONLY")));
		assertThat(check.passed()).isFalse();
		assertThat(check.stops()).extracting(FormProblem::field).containsExactly("businessForm");
		MatterVersion filing = catalog.guide(PREPACKAGED_FILING).version();
		assertThat(messages.message(check.stops().get(0), Locale.CHINA)).contains(filing.name().zh(),
				PREPACKAGED_FILING);
		assertThat(messages.message(check.stops().get(0), Locale.ENGLISH)).contains(filing.name().en(),
				PREPACKAGED_FILING);
		assertThat(
				formInForce(FOOD_LICENCE)
					.check("scope",
							new FormAnswers(foodLicence())
								.with(Map.of("businessForm", List.of("SALES_PREPACKAGED_ONLY"))))
					.stops())
			.as("on the page of the section where the answer is given")
			.hasSize(1);
	}

	@Test
	void theSupersededFoodLicenceKeepsTheFormItWasPublishedWith() {
		FormDefinition first = catalog.guide(FOOD_LICENCE, 1).version().form();
		assertThat(first.rules()).isEmpty();
		assertThat(first.field("vending")).isEmpty();
	}

	@Test
	void aConstructionCannotBePlannedToEndBeforeItStarts_R3_1() {
		FormDefinition form = formInForce("ZJJ-JZGCSGXK");
		var dates = FormAnswers
			.of(Map.of("plannedStart", "2027-03-01", "plannedEnd", "2027-02-28", "simpleLowRisk", "NO"));
		FormCheck check = form.check("project", dates);
		assertThat(check.problemsOf("plannedEnd")).hasSize(1);
		assertThat(messages.message(check.problemsOf("plannedEnd").get(0), Locale.CHINA))
			.isEqualTo("计划竣工日期不能早于计划开工日期。");
		assertThat(
				form.check("project", dates.with(Map.of("plannedEnd", List.of("2028-06-30")))).problemsOf("plannedEnd"))
			.isEmpty();
		assertThat(form.requiredMaterials(dates)).as("the drawing review unless the works are simple and low-risk")
			.containsExactly("M05");
		assertThat(form.requiredMaterials(dates.with(Map.of("simpleLowRisk", List.of("YES"))))).isEmpty();
	}

	@Test
	void thePaidInCapitalOfANewEnterpriseIsNotMoreThanItsRegisteredCapital_R3_1() {
		FormDefinition form = formInForce("SCJGJ-QYSLDJ");
		var capital = FormAnswers.of(Map.of("registeredCapital", "100", "paidInCapital", "150", "preApproval", "NO"));
		assertThat(form.check("enterprise", capital).problemsOf("paidInCapital")).extracting(FormProblem::code)
			.containsExactly("catalog.form.rule");
		assertThat(form.check("enterprise", capital.with(Map.of("paidInCapital", List.of("30"))))
			.problemsOf("paidInCapital")).isEmpty();
		assertThat(form.requiredMaterials(capital.with(Map.of("preApproval", List.of("YES"), "agent", List.of("YES")))))
			.containsExactly("M06", "M07");
	}

	@Test
	void temporaryMedicalCareElsewhereIsFiledForAPeriod_R3_1() {
		FormDefinition form = formInForce("YBJ-YDJYBA");
		var temporary = FormAnswers.of(Map.of("filingType", "TEMPORARY", "startDate", "2026-12-01"));
		assertThat(form.check("filing", temporary).problemsOf("endDate")).extracting(FormProblem::code)
			.containsExactly("catalog.form.rule");
		assertThat(form.check("filing", temporary.with(Map.of("endDate", List.of("2026-11-30")))).problemsOf("endDate"))
			.hasSize(1);
		assertThat(form.check("filing", temporary.with(Map.of("endDate", List.of("2027-02-28")))).problemsOf("endDate"))
			.isEmpty();
		assertThat(form.check("filing", temporary.with(Map.of("filingType", List.of("RETIRED_RESETTLED"))))
			.problemsOf("endDate")).as("long-term residence has no end").isEmpty();
		assertThat(form
			.requiredMaterials(temporary.with(Map.of("filingType", List.of("REFERRAL"), "byAgent", List.of("YES")))))
			.containsExactly("M03", "M04");
	}

}
