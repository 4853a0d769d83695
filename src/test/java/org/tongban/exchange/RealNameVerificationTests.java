package org.tongban.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.Sex;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Real-name verification against the demo registries of D city (R1.2): a registration
 * whose name and number do not match the registry is refused with a precise reason that
 * discloses nothing the registry holds.
 */
@SpringBootTest
class RealNameVerificationTests {

	static final AccessPurpose REGISTRATION = AccessPurpose.of("identity:registration",
			LocalizedText.of("用户注册实名核验", "Real-name verification of a registration"));

	static final ResidentIdNumber ZHANG_WEI = ResidentIdNumber.parse("210202198503120311");

	static final ResidentIdNumber CHEN_JING = ResidentIdNumber.parse("210202197802140828");

	static final ResidentIdNumber AYGUL = ResidentIdNumber.parse("650102198906150220");

	static final ResidentIdNumber ZHAO_JIANGUO_DECEASED = ResidentIdNumber.parse("210203195010010117");

	static final ResidentIdNumber LUO_XIAOYAN_CANCELLED = ResidentIdNumber.parse("210203199902280663");

	static final ResidentIdNumber OUYANG_ZHENHUA = ResidentIdNumber.parse("210202198011110790");

	static final ResidentIdNumber ZHU_WENBO = ResidentIdNumber.parse("210202199607070130");

	/** Valid, but of nobody in the registry. */
	static final ResidentIdNumber UNREGISTERED = ResidentIdNumber.parse("210202199001011232");

	static final UnifiedSocialCreditCode WEIZHIYUAN = UnifiedSocialCreditCode.parse("91210202MA0Q5K7D3U");

	static final UnifiedSocialCreditCode XINGHAI = UnifiedSocialCreditCode.parse("91210200MA0P4T9C6T");

	static final UnifiedSocialCreditCode SILU = UnifiedSocialCreditCode.parse("92210203MA0TJ7K549");

	static final UnifiedSocialCreditCode MINGZHU_DEREGISTERED = UnifiedSocialCreditCode.parse("91210211716582341M");

	static final UnifiedSocialCreditCode SHUNDA_REVOKED = UnifiedSocialCreditCode.parse("91210202MA0R2N6H28");

	/** Valid, but of no organization in the registry. */
	static final UnifiedSocialCreditCode UNREGISTERED_CODE = UnifiedSocialCreditCode.parse("91210202MA0Q5K8DX2");

	@Autowired
	RealNameVerification verification;

	@Autowired
	MessageSource messages;

	// Natural persons

	@Test
	void aPersonWhoseNameAndNumberMatchIsVerifiedWithTheRegisteredSummary() {
		Verification<PersonSummary> result = verification.verifyPerson("张伟", ZHANG_WEI, REGISTRATION);

		assertThat(result.isVerified()).isTrue();
		assertThat(result.refusal()).isNull();
		assertThat(result.messageCode()).isNull();
		assertThat(result.subject()).isEqualTo(new PersonSummary(ZHANG_WEI, "张伟", Sex.MALE, LocalDate.of(1985, 3, 12)));
	}

	@Test
	void theNumberIsFoundWhateverCaseItsCheckCharacterWasTypedIn() {
		ResidentIdNumber typedLowerCase = ResidentIdNumber.parse("21020319901123046x");

		assertThat(verification.verifyPerson("李娜", typedLowerCase, REGISTRATION).isVerified()).isTrue();
	}

	@Test
	void spacesAndTheFormOfTheMiddleDotDoNotMatterAndTheRegisteredNameComesBack() {
		assertThat(verification.verifyPerson(" 张　伟 ", ZHANG_WEI, REGISTRATION).subject().name()).isEqualTo("张伟");
		for (String typed : List.of("阿依古丽•买买提", "阿依古丽・买买提", "阿依古丽·买买提")) {
			Verification<PersonSummary> result = verification.verifyPerson(typed, AYGUL, REGISTRATION);
			assertThat(result.isVerified()).as(typed).isTrue();
			assertThat(result.subject().name()).isEqualTo("阿依古丽·买买提");
		}
	}

	@Test
	void anotherNameIsRefusedWithoutTellingTheRegisteredOne() {
		Verification<PersonSummary> result = verification.verifyPerson("张玮", ZHANG_WEI, REGISTRATION);

		assertRefused(result, Refusal.NAME_MISMATCH, "exchange.refusal.population.nameMismatch");
		assertThat(result.toString()).doesNotContain("张伟");
		assertThat(message(result, Locale.SIMPLIFIED_CHINESE)).doesNotContain("张伟");
	}

	@Test
	void aMinorityNameWithoutItsMiddleDotIsAnotherName() {
		assertRefused(verification.verifyPerson("阿依古丽买买提", AYGUL, REGISTRATION), Refusal.NAME_MISMATCH,
				"exchange.refusal.population.nameMismatch");
	}

	@Test
	void aNumberTheRegistryDoesNotHoldIsRefusedAsNotFound() {
		assertRefused(verification.verifyPerson("张伟", UNREGISTERED, REGISTRATION), Refusal.NOT_FOUND,
				"exchange.refusal.population.notFound");
	}

	@Test
	void aDeceasedPersonIsRefused() {
		assertRefused(verification.verifyPerson("赵建国", ZHAO_JIANGUO_DECEASED, REGISTRATION), Refusal.DECEASED,
				"exchange.refusal.population.deceased");
	}

	@Test
	void aPersonWhoseHouseholdRegistrationIsCancelledIsRefused() {
		assertRefused(verification.verifyPerson("罗晓燕", LUO_XIAOYAN_CANCELLED, REGISTRATION), Refusal.CANCELLED,
				"exchange.refusal.population.cancelled");
	}

	@Test
	void theStatusOfARecordIsToldOnlyToWhoeverNamesItCorrectly() {
		assertRefused(verification.verifyPerson("赵建民", ZHAO_JIANGUO_DECEASED, REGISTRATION), Refusal.NAME_MISMATCH,
				"exchange.refusal.population.nameMismatch");
		assertRefused(verifyLegalPerson("D市明珠建筑工程有限公司", MINGZHU_DEREGISTERED, "欧阳振华", ZHANG_WEI),
				Refusal.REPRESENTATIVE_MISMATCH, "exchange.refusal.legalPerson.representativeMismatch");
	}

	// Legal persons

	@Test
	void aLegalPersonWithItsRepresentativeIsVerifiedWithTheRegisteredSummary() {
		Verification<LegalPersonSummary> result = verifyLegalPerson("D市味之源餐饮管理有限公司", WEIZHIYUAN, "张伟", ZHANG_WEI);

		assertThat(result.isVerified()).isTrue();
		assertThat(result.subject()).isEqualTo(new LegalPersonSummary(WEIZHIYUAN, "D市味之源餐饮管理有限公司",
				LegalForm.LIMITED_LIABILITY_COMPANY, "张伟", LocalDate.of(2016, 5, 18)));
	}

	@Test
	void halfWidthParenthesesFullWidthLettersAndSpacesDoNotMatter() {
		Verification<LegalPersonSummary> result = verifyLegalPerson(" Ｄ市星海贸易(集团)有限公司", XINGHAI, "陈 静", CHEN_JING);

		assertThat(result.isVerified()).isTrue();
		assertThat(result.subject().name()).isEqualTo("D市星海贸易（集团）有限公司");
	}

	@Test
	void anIndividualBusinessIsVerifiedWithItsOperatorsMinorityName() {
		Verification<LegalPersonSummary> result = verifyLegalPerson("D市港城区丝路民族服饰店", SILU, "阿依古丽•买买提", AYGUL);

		assertThat(result.isVerified()).isTrue();
		assertThat(result.subject().legalForm()).isEqualTo(LegalForm.INDIVIDUAL_BUSINESS);
		assertThat(result.subject().representativeName()).isEqualTo("阿依古丽·买买提");
	}

	@Test
	void anotherEnterpriseNameIsRefused() {
		Verification<LegalPersonSummary> result = verifyLegalPerson("D市味之源餐饮有限公司", WEIZHIYUAN, "张伟", ZHANG_WEI);

		assertRefused(result, Refusal.NAME_MISMATCH, "exchange.refusal.legalPerson.nameMismatch");
		assertThat(result.toString()).doesNotContain("味之源餐饮管理");
	}

	@Test
	void aCodeTheRegistryDoesNotHoldIsRefusedAsNotFound() {
		assertRefused(verifyLegalPerson("D市味之源餐饮管理有限公司", UNREGISTERED_CODE, "张伟", ZHANG_WEI), Refusal.NOT_FOUND,
				"exchange.refusal.legalPerson.notFound");
	}

	@Test
	void anotherRepresentativeNameOrNumberIsRefusedWithoutSayingWhichOrWhoIsRegistered() {
		Verification<LegalPersonSummary> wrongName = verifyLegalPerson("D市味之源餐饮管理有限公司", WEIZHIYUAN, "陈静", ZHANG_WEI);
		Verification<LegalPersonSummary> wrongNumber = verifyLegalPerson("D市味之源餐饮管理有限公司", WEIZHIYUAN, "张伟", CHEN_JING);

		assertRefused(wrongName, Refusal.REPRESENTATIVE_MISMATCH,
				"exchange.refusal.legalPerson.representativeMismatch");
		assertRefused(wrongNumber, Refusal.REPRESENTATIVE_MISMATCH,
				"exchange.refusal.legalPerson.representativeMismatch");
		assertThat(wrongName).isEqualTo(wrongNumber);
		assertThat(wrongName.toString()).doesNotContain("张伟");
	}

	@Test
	void aDeregisteredOrRevokedLegalPersonIsRefusedAsNotActive() {
		assertRefused(verifyLegalPerson("D市明珠建筑工程有限公司", MINGZHU_DEREGISTERED, "欧阳振华", OUYANG_ZHENHUA),
				Refusal.NOT_ACTIVE, "exchange.refusal.legalPerson.notActive");
		assertRefused(verifyLegalPerson("D市顺达汽车租赁有限公司", SHUNDA_REVOKED, "朱文博", ZHU_WENBO), Refusal.NOT_ACTIVE,
				"exchange.refusal.legalPerson.notActive");
	}

	// Messages

	@Test
	void everyRefusalHasItsMessageInChineseAndEnglish() {
		List<Verification<?>> refusals = List.of(verification.verifyPerson("张伟", UNREGISTERED, REGISTRATION),
				verification.verifyPerson("张玮", ZHANG_WEI, REGISTRATION),
				verification.verifyPerson("赵建国", ZHAO_JIANGUO_DECEASED, REGISTRATION),
				verification.verifyPerson("罗晓燕", LUO_XIAOYAN_CANCELLED, REGISTRATION),
				verifyLegalPerson("D市味之源餐饮管理有限公司", UNREGISTERED_CODE, "张伟", ZHANG_WEI),
				verifyLegalPerson("D市味之源", WEIZHIYUAN, "张伟", ZHANG_WEI),
				verifyLegalPerson("D市味之源餐饮管理有限公司", WEIZHIYUAN, "张伟", CHEN_JING),
				verifyLegalPerson("D市顺达汽车租赁有限公司", SHUNDA_REVOKED, "朱文博", ZHU_WENBO));

		assertThat(refusals).extracting(Verification::refusal)
			.containsExactly(Refusal.NOT_FOUND, Refusal.NAME_MISMATCH, Refusal.DECEASED, Refusal.CANCELLED,
					Refusal.NOT_FOUND, Refusal.NAME_MISMATCH, Refusal.REPRESENTATIVE_MISMATCH, Refusal.NOT_ACTIVE);
		for (Verification<?> refused : refusals) {
			String chinese = message(refused, Locale.SIMPLIFIED_CHINESE);
			String english = message(refused, Locale.ENGLISH);
			assertThat(chinese).as(refused.messageCode())
				.isNotEqualTo(refused.messageCode())
				.containsPattern("\\p{IsHan}");
			assertThat(english).as(refused.messageCode()).isNotEqualTo(refused.messageCode()).isNotEqualTo(chinese);
		}
	}

	private Verification<LegalPersonSummary> verifyLegalPerson(String name, UnifiedSocialCreditCode code,
			String representativeName, ResidentIdNumber representativeId) {
		return verification.verifyLegalPerson(name, code, representativeName, representativeId, REGISTRATION);
	}

	private String message(Verification<?> refused, Locale locale) {
		return messages.getMessage(refused.messageCode(), null, refused.messageCode(), locale);
	}

	private static void assertRefused(Verification<?> result, Refusal refusal, String messageCode) {
		assertThat(result.isVerified()).isFalse();
		assertThat(result.refusal()).isEqualTo(refusal);
		assertThat(result.subject()).isNull();
		assertThat(result.messageCode()).isEqualTo(messageCode);
	}

}
