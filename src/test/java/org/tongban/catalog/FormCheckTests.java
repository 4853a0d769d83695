package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tongban.catalog.FormDefinition.Field;
import org.tongban.catalog.FormDefinition.FieldType;
import org.tongban.catalog.FormDefinition.Option;
import org.tongban.catalog.FormDefinition.Rule;
import org.tongban.catalog.FormDefinition.Section;
import org.tongban.shared.LocalizedText;
import org.tongban.support.MessageBundles;

/**
 * Checking answers against small hand-built forms: every field check and every kind of
 * rule (R3.1, R16.6).
 */
class FormCheckTests {

	static final String ID_NUMBER = "210202198503120311";

	static final String USCC = "91210202MA0Q5K7D3U";

	static final List<Option> YES_NO = List.of(new Option("YES", LocalizedText.of("是", "Yes")),
			new Option("NO", LocalizedText.of("否", "No")));

	static final FormMessages MESSAGES = new FormMessages(bundle());

	static ResourceBundleMessageSource bundle() {
		return MessageBundles.of("i18n/catalog", "i18n/shared");
	}

	static Field field(String key, String zh, String en, FieldType type) {
		return new Field(key, LocalizedText.of(zh, en), type, false, null, null, null, null, null, null, null, null);
	}

	static Field required(Field field) {
		return new Field(field.key(), field.label(), field.type(), true, field.help(), field.maxLength(),
				field.pattern(), field.min(), field.max(), field.options(), field.dataElement(), field.identity());
	}

	static Field field(String key, FieldType type, Integer maxLength, String pattern, String min, String max,
			List<Option> options) {
		return new Field(key, LocalizedText.of(key, key), type, false, null, maxLength, pattern,
				min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), options, null,
				null);
	}

	static Field field(String key, FieldType type) {
		return field(key, type, null, null, null, null, null);
	}

	static FormDefinition form(Field... fields) {
		return form(List.of(), fields);
	}

	static FormDefinition form(List<Rule> rules, Field... fields) {
		return new FormDefinition(List.of(new Section("all", LocalizedText.of("全部", "All"), List.of(fields))), rules);
	}

	static LocalizedText text(String zh) {
		return LocalizedText.of(zh, zh);
	}

	/** The codes of the problems of one field answered with one value. */
	static List<String> codes(Field field, String value) {
		var answers = new HashMap<String, String>();
		answers.put(field.key(), value);
		return form(field).check(FormAnswers.of(answers))
			.problemsOf(field.key())
			.stream()
			.map(FormProblem::code)
			.toList();
	}

	static String message(FormCheck check, Locale locale) {
		assertThat(check.problems()).hasSize(1);
		return MESSAGES.message(check.problems().get(0), locale);
	}

	@Test
	void answersAreStrippedAndBlankOnesDropped() {
		var answers = new FormAnswers(
				Map.of("name", List.of("  张三 "), "blank", List.of(" ", ""), "items", List.of("HOT", " ", "COLD")));
		assertThat(answers.value("name")).isEqualTo("张三");
		assertThat(answers.has("blank")).isFalse();
		assertThat(answers.values("blank")).isEmpty();
		assertThat(answers.values("items")).containsExactly("HOT", "COLD");
		assertThat(answers.value("missing")).isNull();
		FormAnswers changed = answers.with(Map.of("name", List.of(), "city", List.of("D市")));
		assertThat(changed.has("name")).isFalse();
		assertThat(changed.value("city")).isEqualTo("D市");
		assertThat(changed.values("items")).containsExactly("HOT", "COLD");
	}

	@Test
	void aRequiredFieldNamesItselfInTheMessage_R3_1() {
		var name = required(field("operatorName", "经营者名称", "Name of the operator", FieldType.TEXT));
		FormCheck check = form(name).check(FormAnswers.of(Map.of("operatorName", "  ")));
		assertThat(check.passed()).isFalse();
		assertThat(message(check, Locale.CHINA)).isEqualTo("请输入经营者名称。");
		assertThat(message(check, Locale.ENGLISH)).isEqualTo("Enter the name of the operator.");
		assertThat(form(name).check(FormAnswers.of(Map.of("operatorName", "D市小明餐饮店"))).passed()).isTrue();
	}

	@Test
	void anAbbreviationStartingALabelKeepsItsCapitals() {
		var id = required(
				field("idNumber", "法定代表人身份证号码", "ID number of the legal representative", FieldType.ID_NUMBER));
		assertThat(message(form(id).check(FormAnswers.of(Map.of())), Locale.ENGLISH))
			.isEqualTo("Enter the ID number of the legal representative.");
	}

	@Test
	void aChoiceIsSelectedAndADeclarationTicked_R3_1() {
		var online = required(new Field("online", LocalizedText.of("是否从事网络经营", "Selling online"), FieldType.RADIO, true,
				null, null, null, null, null, YES_NO, null, null));
		var truthful = required(field("truthful", "真实性声明", "Declaration of truth", FieldType.CHECKBOX));
		FormCheck check = form(online, truthful).check(FormAnswers.of(Map.of()));
		assertThat(check.problems()).extracting(FormProblem::code)
			.containsExactly("catalog.form.choose", "catalog.form.tick");
		assertThat(MESSAGES.message(check.problemsOf("truthful").get(0), Locale.CHINA)).isEqualTo("请勾选确认真实性声明。");
		assertThat(form(online, truthful).check(FormAnswers.of(Map.of("online", "NO", "truthful", "on"))).passed())
			.isTrue();
		assertThat(codes(truthful, "true")).isEmpty();
		assertThat(codes(truthful, "maybe")).containsExactly("catalog.form.option");
	}

	@Test
	void aFieldTheFormDoesNotHaveIsRefused_R3_1() {
		var name = field("name", "姓名", "Name", FieldType.TEXT);
		FormCheck check = form(name).check(FormAnswers.of(Map.of("name", "张三", "salary", "100")));
		assertThat(check.problems()).containsExactly(new FormProblem("salary", "catalog.form.unknownField", "salary"));
		assertThat(MESSAGES.message(check.problems().get(0), Locale.ENGLISH)).contains("\"salary\"");
	}

	@Test
	void onlyAMultipleChoiceCheckboxTakesSeveralValues_R3_1() {
		var name = field("name", FieldType.TEXT);
		var items = field("items", FieldType.CHECKBOX, null, null, null, null,
				List.of(new Option("HOT", text("热食类")), new Option("COLD", text("冷食类"))));
		var answers = new FormAnswers(Map.of("name", List.of("张三", "李四"), "items", List.of("HOT", "COLD")));
		assertThat(form(name, items).check(answers).problems()).extracting(FormProblem::field, FormProblem::code)
			.containsExactly(tuple("name", "catalog.form.tooMany"));
		var unknown = new FormAnswers(Map.of("items", List.of("HOT", "RAW")));
		assertThat(form(items).check(unknown).problemsOf("items")).extracting(FormProblem::code)
			.containsExactly("catalog.form.option");
	}

	@Test
	void aTextIsNoLongerThanItsMaximumInCharactersNotBytes() {
		var name = field("name", FieldType.TEXT, 4, null, null, null, null);
		assertThat(codes(name, "𠀀𠀀食品")).as("four characters, two outside the BMP").isEmpty();
		assertThat(codes(name, "D市食品店")).containsExactly("catalog.form.tooLong");
		FormCheck check = form(name).check(FormAnswers.of(Map.of("name", "D市食品店")));
		assertThat(check.problems().get(0).arguments()).endsWith(4);
	}

	@Test
	void aPatternMatchesTheWholeValue() {
		var code = field("code", FieldType.TEXT, null, "[0-9]{4}-[0-9]{6}", null, null, null);
		assertThat(codes(code, "2026-000123")).isEmpty();
		assertThat(codes(code, "x2026-000123")).containsExactly("catalog.form.pattern");
	}

	@Test
	void anIntegerRefusesDecimals() {
		var staff = field("staff", FieldType.INTEGER, null, null, "1", "10000", null);
		assertThat(codes(staff, "8")).isEmpty();
		assertThat(codes(staff, "8.5")).containsExactly("catalog.form.integer");
		assertThat(codes(staff, "8.0")).containsExactly("catalog.form.integer");
		assertThat(codes(staff, "0")).containsExactly("catalog.form.tooSmall");
		assertThat(MESSAGES.message(form(staff).check(FormAnswers.of(Map.of("staff", "8.5"))).problems().get(0),
				Locale.CHINA))
			.isEqualTo("staff必须是整数，不能有小数，例如 8。");
	}

	@Test
	void aNumberIsADecimalWithinItsRange() {
		var area = field("area", FieldType.NUMBER, null, null, "1", "100000", null);
		assertThat(codes(area, "85.5")).isEmpty();
		assertThat(codes(area, "八十")).containsExactly("catalog.form.number");
		assertThat(codes(area, "1e3")).containsExactly("catalog.form.number");
		assertThat(codes(area, "0.5")).containsExactly("catalog.form.tooSmall");
		assertThat(codes(area, "100001")).containsExactly("catalog.form.tooLarge");
		assertThat(
				MESSAGES.message(form(area).check(FormAnswers.of(Map.of("area", "0"))).problems().get(0), Locale.CHINA))
			.isEqualTo("area不能小于 1。");
	}

	@Test
	void anAmountOfMoneyIsNotNegativeAndHasAtMostTwoDecimals() {
		var price = field("price", FieldType.MONEY, null, null, "0.01", "10000", null);
		assertThat(codes(price, "1250.50")).isEmpty();
		assertThat(codes(price, "1250.505")).containsExactly("catalog.form.money");
		assertThat(codes(price, "-3")).containsExactly("catalog.form.money");
		assertThat(codes(price, "0")).containsExactly("catalog.form.tooSmall");
		assertThat(codes(price, "10000.01")).containsExactly("catalog.form.tooLarge");
	}

	@Test
	void aDateIsARealIsoDate() {
		var start = field("start", FieldType.DATE);
		assertThat(codes(start, "2026-11-27")).isEmpty();
		assertThat(codes(start, "2026-02-30")).containsExactly("catalog.form.date");
		assertThat(codes(start, "2026/11/27")).containsExactly("catalog.form.date");
		assertThat(codes(start, "27-11-2026")).containsExactly("catalog.form.date");
	}

	@Test
	void aSelectOrRadioTakesOnlyItsOptions() {
		var select = field("type", FieldType.SELECT, null, null, null, null, YES_NO);
		var radio = field("online", FieldType.RADIO, null, null, null, null, YES_NO);
		assertThat(codes(select, "YES")).isEmpty();
		assertThat(codes(select, "yes")).containsExactly("catalog.form.option");
		assertThat(codes(radio, "MAYBE")).containsExactly("catalog.form.option");
	}

	@Test
	void aMobileNumberIsCheckedByItsOwnRulesAndALandlineOnlyWhereThePatternAllowsIt() {
		var mobile = field("mobile", FieldType.PHONE, 11, "1[3-9][0-9]{9}", null, null, null);
		assertThat(codes(mobile, "+86 138-0013-8000")).as("a mobile number in its normal form meets length and pattern")
			.isEmpty();
		assertThat(codes(mobile, "12800138000")).containsExactly("catalog.form.identifier");
		assertThat(codes(mobile, "0769-22830012")).containsExactly("catalog.form.identifier");
		var phone = field("phone", FieldType.PHONE, null, "1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8}", null, null, null);
		assertThat(codes(phone, "0769-22830012")).isEmpty();
		assertThat(codes(phone, "13800138000")).isEmpty();
		var any = field("any", FieldType.PHONE);
		assertThat(codes(any, "1380013800")).containsExactly("catalog.form.identifier");
	}

	@Test
	void aWrongIdentifierIsExplainedForTheField_R3_1() {
		var id = field("legalRepIdNumber", "法定代表人身份证号码", "ID number of the legal representative", FieldType.ID_NUMBER);
		FormCheck check = form(id).check(FormAnswers.of(Map.of("legalRepIdNumber", "210202198503120312")));
		assertThat(check.problemsOf("legalRepIdNumber")).extracting(FormProblem::code)
			.containsExactly("catalog.form.identifier");
		assertThat(message(check, Locale.CHINA)).isEqualTo("法定代表人身份证号码有误：居民身份证号码的校验码（最后一位）与前 17 位不符，请核对是否有数字填错。");
		assertThat(message(check, Locale.ENGLISH))
			.startsWith("The ID number of the legal representative is wrong: The check character");
		assertThat(codes(id, ID_NUMBER)).isEmpty();
		assertThat(codes(id, "21020219850312031x")).as("a small x is a capital X in the normal form")
			.containsExactly("catalog.form.identifier");
	}

	@Test
	void aUnifiedSocialCreditCodeHasItsCheckCharacter() {
		var uscc = field("uscc", FieldType.USCC, 18, "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}", null,
				null, null);
		assertThat(codes(uscc, USCC)).isEmpty();
		assertThat(codes(uscc, USCC.toLowerCase(Locale.ROOT))).as("checked in its normal form").isEmpty();
		assertThat(codes(uscc, "91210202MA0Q5K7D3A")).containsExactly("catalog.form.identifier");
	}

	@Test
	void anEmailAddressLooksLikeOne() {
		var email = field("email", FieldType.EMAIL);
		assertThat(codes(email, "zhang.san@example.com.cn")).isEmpty();
		assertThat(codes(email, "zhang.san@example")).containsExactly("catalog.form.email");
		assertThat(codes(email, "zhang san@example.com")).containsExactly("catalog.form.email");
		assertThat(codes(email, "@example.com")).containsExactly("catalog.form.email");
	}

	@Test
	void aFieldIsRequiredWhenAnotherHasOneOfTheValues_R3_1() {
		var online = field("online", FieldType.RADIO, null, null, null, null, YES_NO);
		var url = field("onlineUrl", FieldType.TEXT);
		var rule = new Rule.RequiredIf("onlineUrl", "online", List.of("YES"),
				LocalizedText.of("从事网络经营的，请输入网店网址。", "Enter the address of your online shop, as you sell online."));
		FormDefinition form = form(List.of(rule), online, url);
		FormCheck check = form.check(FormAnswers.of(Map.of("online", "YES")));
		assertThat(check.problemsOf("onlineUrl")).extracting(FormProblem::code).containsExactly("catalog.form.rule");
		assertThat(message(check, Locale.CHINA)).isEqualTo("从事网络经营的，请输入网店网址。");
		assertThat(message(check, Locale.ENGLISH))
			.isEqualTo("Enter the address of your online shop, as you sell online.");
		assertThat(form.check(FormAnswers.of(Map.of("online", "NO"))).passed()).isTrue();
		assertThat(
				form.check(FormAnswers.of(Map.of("online", "YES", "onlineUrl", "https://shop.example.com"))).passed())
			.isTrue();
	}

	@Test
	void aDateIsNotBeforeOrAfterAnother_R3_1() {
		var start = field("start", FieldType.DATE);
		var end = field("end", FieldType.DATE);
		var notBefore = new Rule.NotBefore("end", "start", text("竣工日期不能早于开工日期。"));
		var notAfter = new Rule.NotAfter("start", "end", text("开工日期不能晚于竣工日期。"));
		FormCheck wrongOrder = form(List.of(notBefore, notAfter), start, end)
			.check(FormAnswers.of(Map.of("start", "2026-12-01", "end", "2026-11-30")));
		assertThat(wrongOrder.problems()).extracting(FormProblem::field).containsExactly("end", "start");
		assertThat(form(List.of(notBefore), start, end)
			.check(FormAnswers.of(Map.of("start", "2026-12-01", "end", "2026-12-01")))
			.passed()).as("the same day").isTrue();
		assertThat(form(List.of(notBefore), start, end)
			.check(FormAnswers.of(Map.of("start", "2026-12-01", "end", "2026-11-31")))
			.problems()).as("a wrong date is reported as such, not as a wrong order")
			.extracting(FormProblem::code)
			.containsExactly("catalog.form.date");
		assertThat(form(List.of(notBefore), start, end).check(FormAnswers.of(Map.of("end", "2026-11-30"))).passed())
			.as("with one date missing the rule does not apply")
			.isTrue();
	}

	@Test
	void aNumberIsNotLessOrMoreThanAnother_R3_1() {
		var registered = field("registered", FieldType.MONEY);
		var paidIn = field("paidIn", FieldType.MONEY);
		var staff = field("staff", FieldType.NUMBER);
		var managers = field("managers", FieldType.NUMBER);
		var rules = List.<Rule>of(new Rule.NotMoreThan("paidIn", "registered", text("实缴出资不能超过注册资本。")),
				new Rule.NotLessThan("staff", "managers", text("从业人数不能少于管理人员数。")));
		FormDefinition form = form(rules, registered, paidIn, staff, managers);
		assertThat(form
			.check(FormAnswers.of(Map.of("registered", "100", "paidIn", "100.00", "staff", "5", "managers", "5")))
			.passed()).isTrue();
		assertThat(form
			.check(FormAnswers.of(Map.of("registered", "100", "paidIn", "100.01", "staff", "4", "managers", "5")))
			.problems()).extracting(FormProblem::field).containsExactly("paidIn", "staff");
	}

	@Test
	void anAnswerThatRulesOutTheApplicationStopsItAtTheForm_R16_6() {
		var businessForm = field("businessForm", FieldType.SELECT, null, null, null, null,
				List.of(new Option("RESTAURANT", text("餐馆")), new Option("PREPACKAGED_ONLY", text("仅销售预包装食品"))));
		var stop = new Rule.StopIf("businessForm", List.of("PREPACKAGED_ONLY"), text("仅销售预包装食品的，请办理备案。"));
		FormDefinition form = form(List.of(stop), businessForm);
		FormCheck check = form.check(FormAnswers.of(Map.of("businessForm", "PREPACKAGED_ONLY")));
		assertThat(check.passed()).isFalse();
		assertThat(check.problems()).isEmpty();
		assertThat(check.stops()).containsExactly(new FormProblem("businessForm", "catalog.form.rule", stop.message()));
		assertThat(MESSAGES.message(check.stops().get(0), Locale.CHINA)).isEqualTo("仅销售预包装食品的，请办理备案。");
		assertThat(form.check(FormAnswers.of(Map.of("businessForm", "RESTAURANT"))).passed()).isTrue();
	}

	@Test
	void anAnswerMakesAConditionalMaterialRequired() {
		var vending = field("vending", FieldType.RADIO, null, null, null, null, YES_NO);
		var agent = field("agent", FieldType.RADIO, null, null, null, null, YES_NO);
		FormDefinition form = form(
				List.of(new Rule.MaterialRequiredIf("M06", "vending", List.of("YES"), text("使用自动售货设备的")),
						new Rule.MaterialRequiredIf("M07", "agent", List.of("YES"), text("委托代理人的"))),
				vending, agent);
		assertThat(form.requiredMaterials(FormAnswers.of(Map.of("vending", "YES", "agent", "NO"))))
			.containsExactly("M06");
		assertThat(form.requiredMaterials(FormAnswers.of(Map.of("vending", "YES", "agent", "YES"))))
			.containsExactly("M06", "M07");
		assertThat(form.requiredMaterials(FormAnswers.of(Map.of()))).isEmpty();
		assertThat(form.check(FormAnswers.of(Map.of("vending", "YES"))).passed())
			.as("a material is no problem of the form")
			.isTrue();
	}

	@Test
	void aSectionIsCheckedWithItsOwnFieldsAndRules() {
		var online = field("online", FieldType.RADIO, null, null, null, null, YES_NO);
		var url = field("onlineUrl", FieldType.TEXT);
		var name = required(field("name", FieldType.TEXT));
		var form = new FormDefinition(
				List.of(new Section("operator", text("经营者"), List.of(name)),
						new Section("premises", text("经营场所"), List.of(online, url))),
				List.of(new Rule.RequiredIf("onlineUrl", "online", List.of("YES"), text("请输入网店网址。"))));
		var answers = FormAnswers.of(Map.of("online", "YES"));
		assertThat(form.check("operator", answers).problems()).extracting(FormProblem::field).containsExactly("name");
		assertThat(form.check("premises", answers).problems()).extracting(FormProblem::field)
			.containsExactly("onlineUrl");
		assertThat(form.check(answers).problems()).extracting(FormProblem::field).containsExactly("name", "onlineUrl");
		assertThatIllegalArgumentException().isThrownBy(() -> form.check("fees", answers))
			.withMessageContaining("fees");
	}

	@Test
	void aRuleNamingWhatTheFormDoesNotHaveIsRefusedWhenTheFormIsBuilt() {
		var online = field("online", FieldType.RADIO, null, null, null, null, YES_NO);
		var start = field("start", FieldType.DATE);
		var area = field("area", FieldType.NUMBER);
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> form(List.of(new Rule.RequiredIf("onlineUrl", "online", List.of("YES"), text("x"))), online))
			.withMessageContaining("onlineUrl");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> form(List.of(new Rule.StopIf("online", List.of("MAYBE"), text("x"))), online))
			.withMessageContaining("MAYBE");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> form(List.of(new Rule.StopIf("online", List.of(), text("x"))), online))
			.withMessageContaining("no values");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> form(List.of(new Rule.NotBefore("area", "start", text("x"))), start, area))
			.withMessageContaining("area");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> form(List.of(new Rule.NotMoreThan("area", "start", text("x"))), start, area))
			.withMessageContaining("start");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> form(List.of(new Rule.MaterialRequiredIf(" ", "online", List.of("YES"), text("x"))), online))
			.withMessageContaining("no material");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> form(List.of(new Rule.StopIf("online", List.of("YES"), null)), online))
			.withMessageContaining("no message");
	}

}
