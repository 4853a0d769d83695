package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;

/**
 * The rules a published matter keeps whatever its content (R2.1, R2.3, R15.3), and the
 * fast tracks the law allows it (R15.7).
 */
class CatalogueRulesTests {

	static final FormDefinition FORM = new FormDefinition(
			List.of(new FormDefinition.Section("applicant", LocalizedText.of("申请人信息", "Applicant"),
					List.of(new FormDefinition.Field("name", LocalizedText.of("姓名", "Name"),
							FormDefinition.FieldType.TEXT, true, LocalizedText.of("与身份证一致", "As on the ID card"), 50,
							null, null, null, null, null, null)))));

	@Test
	void theCommittedLimitMayBeShorterThanTheStatutoryOne() {
		assertThat(version(20, 5).committedLimitDays()).isEqualTo(5);
		assertThat(version(20, 20).committedLimitDays()).isEqualTo(20);
	}

	@Test
	void theCommittedLimitIsNeverLongerThanTheStatutoryOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> version(20, 21)).withMessageContaining("exceeds");
	}

	@Test
	void timeLimitsAreAtLeastOneWorkingDay() {
		assertThatIllegalArgumentException().isThrownBy(() -> version(0, 0));
	}

	@Test
	void aMatterWithOnlyZeroFeesIsFreeOfCharge() {
		var free = new MatterVersion.Fee(LocalizedText.of("不收费", "Free"), BigDecimal.ZERO, null, null);
		var charged = new MatterVersion.Fee(LocalizedText.of("登记费", "Registration fee"), new BigDecimal("80.00"), null,
				"发改价格规〔2016〕2559号");
		assertThat(version(20, 5, List.of(free)).isFree()).isTrue();
		assertThat(version(20, 5, List.of(free, charged)).isFree()).isFalse();
	}

	@Test
	void aFormFieldKeyIsUsedOnce() {
		var field = FORM.sections().get(0).fields().get(0);
		var section = new FormDefinition.Section("again", LocalizedText.of("重复", "Again"), List.of(field));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FormDefinition(List.of(FORM.sections().get(0), section)))
			.withMessageContaining("name");
	}

	@Test
	void aChoiceFieldNeedsItsOptions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FormDefinition.Field("type", LocalizedText.of("类型", "Type"),
					FormDefinition.FieldType.SELECT, true, null, null, null, null, null, List.of(), null, null));
	}

	@Test
	void deliveryMethodsAreStoredInOneColumnInAFixedOrder() {
		var methods = new DeliveryMethods(Set.of(DeliveryMethod.ELECTRONIC, DeliveryMethod.PICK_UP));
		assertThat(methods.column()).isEqualTo("PICK_UP,ELECTRONIC");
		assertThat(DeliveryMethods.parse("PICK_UP,ELECTRONIC")).isEqualTo(methods);
	}

	@Test
	void aMatterServesPersonsEnterprisesOrBoth() {
		assertThat(new Matter("X-1", "D", MatterKind.LICENSING, true, true, Set.of()).audiences())
			.containsExactly(Audience.PERSONAL, Audience.ENTERPRISE);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Matter("X-1", "D", MatterKind.LICENSING, false, false, Set.of()));
	}

	@Test
	void aSearchNamesTheParameterItRefuses() {
		assertThatThrownBy(() -> new MatterQuery(null, null, null, null, 0, 10)).isInstanceOfSatisfying(
				InvalidParameterException.class, ex -> assertThat(ex.parameter()).isEqualTo("page"));
		assertThatThrownBy(() -> new MatterQuery(null, null, null, null, 1, 101)).isInstanceOfSatisfying(
				InvalidParameterException.class, ex -> assertThat(ex.parameter()).isEqualTo("size"));
		assertThatThrownBy(() -> new MatterQuery("食".repeat(51), null, null, null, 1, 10))
			.isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.parameter()).isEqualTo("q"));
		assertThat(new MatterQuery("  ", " ", "", null, 1, 10).isFiltered()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = MatterCategory.class, mode = EnumSource.Mode.EXCLUDE, names = "GENERAL")
	void theCatalogueRefusesInformedCommitmentInEveryExcludedCategory(MatterCategory category) {
		assertThat(category.excludesInformedCommitment()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> commitment(category, 30))
			.withMessageContaining("informed commitment is not offered")
			.withMessageContaining(category.name());
	}

	@Test
	void informedCommitmentIsOfferedInAGeneralMatterWithItsPostVerificationDays() {
		MatterVersion version = commitment(MatterCategory.GENERAL, 30);

		assertThat(version.informedCommitment()).isTrue();
		assertThat(version.postVerificationDays()).isEqualTo(30);
	}

	@Test
	void informedCommitmentIsRefusedWithoutACategory() {
		assertThatIllegalArgumentException().isThrownBy(() -> commitment(null, 30))
			.withMessageContaining("informed commitment is not offered");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(ints = { 0, -1 })
	void informedCommitmentIsRefusedWithoutItsPostVerificationDays(Integer days) {
		assertThatIllegalArgumentException().isThrownBy(() -> commitment(MatterCategory.GENERAL, days))
			.withMessageContaining("post-verification days");
	}

	@Test
	void aVersionWithoutInformedCommitmentMayBeOfAnExcludedCategory() {
		assertThat(Stream.of(MatterCategory.values()).map(category -> withCategory(category, false, null)))
			.allSatisfy(version -> assertThat(version.informedCommitment()).isFalse());
	}

	private static MatterVersion commitment(MatterCategory category, Integer postVerificationDays) {
		return withCategory(category, true, postVerificationDays);
	}

	private static MatterVersion withCategory(MatterCategory category, boolean informedCommitment,
			Integer postVerificationDays) {
		return fastTrack(category, informedCommitment, postVerificationDays, false, null);
	}

	@Test
	@DisplayName("R5.6, R16.2: a version approves automatically only by rules it can explain, and has such rules only when it does")
	void automaticApprovalGoesWithItsRules() {
		var rules = new DecisionRules(List.of(new DecisionRule("R1", LocalizedText.of("姓名已填写", "The name is given"),
				DecisionRule.Source.FORM, "name", DecisionRule.Comparison.PRESENT, List.of(), null)));
		assertThat(automatic(true, rules).automaticRules()).isEqualTo(rules);
		assertThat(automatic(false, DecisionRules.NONE).automaticRules().isEmpty()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> automatic(true, DecisionRules.NONE))
			.withMessageContaining("needs the rules");
		assertThatIllegalArgumentException().isThrownBy(() -> automatic(false, rules))
			.withMessageContaining("without automatic approval");
	}

	@Test
	@DisplayName("R6.3: a version's licence has a type, a name, a positive ISO-8601 validity and prints fields of the form")
	void aLicenceIsCheckedWithItsVersion() {
		var name = LocalizedText.of("测试许可证", "Test licence");
		var printedName = List.of(new LicenceDefinition.Printed("name", LocalizedText.of("名称", "Name")));
		LicenceDefinition licence = withLicence(new LicenceDefinition("TEST_LICENCE", name, "P5Y", printedName))
			.licence();
		assertThat(licence.validUntil(LocalDate.of(2026, 12, 7))).contains(LocalDate.of(2031, 12, 6));
		assertThat(new LicenceDefinition("TEST_LICENCE", name, null, List.of()).validUntil(LocalDate.of(2026, 12, 7)))
			.as("a licence without expiry")
			.isEmpty();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> withLicence(new LicenceDefinition("TEST_LICENCE", name, "P5Y",
					List.of(new LicenceDefinition.Printed("premises", LocalizedText.of("场所", "Premises"))))))
			.withMessageContaining("prints the form's field premises, which it does not have");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LicenceDefinition("TEST_LICENCE", name, "5 years", printedName))
			.withMessageContaining("no ISO-8601 period");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LicenceDefinition("TEST_LICENCE", name, "P0D", printedName))
			.withMessageContaining("not positive");
		assertThatIllegalArgumentException().isThrownBy(() -> new LicenceDefinition("test", name, "P5Y", printedName))
			.withMessageContaining("code in capitals");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LicenceDefinition("TEST_LICENCE", name, "P5Y",
					List.of(printedName.get(0), printedName.get(0))))
			.withMessageContaining("twice");
	}

	private static MatterVersion withLicence(LicenceDefinition licence) {
		return new MatterVersion(null, "X-1", 1, LocalDate.of(2025, 1, 1), LocalizedText.of("测试事项", "Test matter"),
				null, null, null, 20, 5, false, false, new DeliveryMethods(Set.of(DeliveryMethod.ELECTRONIC)), null,
				null, null, 0, "approval-standard", true, null, null, MatterCategory.GENERAL, null, null, null, licence,
				FORM, List.of(), List.of(), List.of(), List.of(), List.of());
	}

	private static MatterVersion automatic(boolean automaticApproval, DecisionRules rules) {
		return fastTrack(MatterCategory.GENERAL, false, null, automaticApproval, rules);
	}

	private static MatterVersion fastTrack(MatterCategory category, boolean informedCommitment,
			Integer postVerificationDays, boolean automaticApproval, DecisionRules rules) {
		return new MatterVersion(null, "X-1", 1, LocalDate.of(2025, 1, 1), LocalizedText.of("测试事项", "Test matter"),
				null, null, null, 20, 5, informedCommitment, automaticApproval,
				new DeliveryMethods(Set.of(DeliveryMethod.ELECTRONIC)), null, null, null, 0, "approval-standard", true,
				null, null, category, postVerificationDays, rules, null, null, FORM, List.of(), List.of(), List.of(),
				List.of(), List.of());
	}

	private static MatterVersion version(int statutory, int committed) {
		return version(statutory, committed, List.of());
	}

	private static MatterVersion version(int statutory, int committed, List<MatterVersion.Fee> fees) {
		return new MatterVersion(null, "X-1", 1, LocalDate.of(2025, 1, 1), LocalizedText.of("测试事项", "Test matter"),
				null, null, null, statutory, committed, false, false,
				new DeliveryMethods(Set.of(DeliveryMethod.ELECTRONIC)), null, null, null, 0, "approval-standard", true,
				FORM, List.of(), List.of(), List.of(), fees, List.of());
	}

}
