package org.tongban.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.support.TestClock;

/**
 * The credit register (信用记录, issue 17 item 1, R15.6, R15.7): credit events of persons and
 * legal persons, each recorded on its day and counting for its kind's period, read
 * through the exchange like a base registry, and every read logged with its purpose for
 * the person to see (R9.3, R16.1). The demo register holds a false commitment of 李娜.
 */
@SpringBootTest
class CreditRegisterTests {

	static final ResidentIdNumber LI_NA = ResidentIdNumber.parse("21020319901123046X");

	@Autowired
	CreditRegister register;

	@Autowired
	RegistryAccessLog log;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aRecordCountsFromTheDayItIsRecordedUntilItsKindsPeriodEnds() {
		CreditSubject person = CreditSubject.of(TestAccounts.residentId());

		CreditRecord record = register.record(person, CreditEventKind.FALSE_COMMITMENT, reference(), "事后核查发现承诺不实",
				"system");

		assertThat(record.recordedOn()).isEqualTo(TestClock.DEMO_DAY);
		assertThat(record.expiresOn()).isEqualTo(TestClock.DEMO_DAY.plusYears(3));
		assertThat(register.inForce(person, purpose())).containsExactly(record);
		clock.set(record.expiresOn().minusDays(1).atTime(23, 59));
		assertThat(register.hasInForce(person, Set.of(CreditEventKind.FALSE_COMMITMENT), purpose())).isTrue();
		clock.set(record.expiresOn().atStartOfDay());
		assertThat(register.inForce(person, purpose())).isEmpty();
	}

	@Test
	void gapsNotSuppliedCountForOneYearAndAKindNotAskedForDoesNotCount() {
		CreditSubject person = CreditSubject.of(TestAccounts.residentId());

		CreditRecord record = register.record(person, CreditEventKind.GAP_NOT_SUPPLIED, reference(), "容缺材料逾期未补",
				"system");

		assertThat(record.expiresOn()).isEqualTo(TestClock.DEMO_DAY.plusYears(1));
		assertThat(register.hasInForce(person, Set.of(CreditEventKind.FALSE_COMMITMENT), purpose())).isFalse();
		assertThat(register.hasInForce(person, Set.of(CreditEventKind.GAP_NOT_SUPPLIED), purpose())).isTrue();
	}

	@Test
	void aLegalPersonsRecordsAreItsOwnNotItsRepresentatives() {
		UnifiedSocialCreditCode code = TestAccounts.creditCode();
		CreditRecord record = register.record(CreditSubject.of(code), CreditEventKind.LICENCE_REVOKED, reference(),
				"许可被依法撤销", "staff-1");

		assertThat(register.inForce(CreditSubject.of(code), purpose())).containsExactly(record);
		assertThat(record.subject().person()).isNull();
		assertThat(record.recordedBy()).isEqualTo("staff-1");
	}

	@Test
	void anEventOfACaseIsWrittenOnce() {
		CreditSubject person = CreditSubject.of(TestAccounts.residentId());
		String reference = reference();

		CreditRecord first = register.record(person, CreditEventKind.GAP_NOT_SUPPLIED, reference, "容缺材料逾期未补", "system");
		CreditRecord again = register.record(person, CreditEventKind.GAP_NOT_SUPPLIED, reference, "容缺材料逾期未补", "system");

		assertThat(again).isEqualTo(first);
		assertThat(register.inForce(person, purpose())).hasSize(1);
	}

	@Test
	void aRecordStatesItsReason() {
		CreditSubject person = CreditSubject.of(TestAccounts.residentId());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> register.record(person, CreditEventKind.FALSE_COMMITMENT, reference(), " ", "system"));
		assertThatIllegalArgumentException().isThrownBy(() -> register.record(person, CreditEventKind.FALSE_COMMITMENT,
				reference(), "理".repeat(501), "system"));
	}

	@Test
	void everyReadIsLoggedAsACreditRegisterReadWithWhoWhyAndForWhichCase() {
		ResidentIdNumber id = TestAccounts.residentId();
		var purpose = new AccessPurpose("test:" + UUID.randomUUID(),
				LocalizedText.of("告知承诺资格核查", "Checking the eligibility for informed commitment"), "TB20261127000001");

		register.inForce(CreditSubject.of(id), purpose);

		assertThat(log.accessesTo(id, 1, RegistryAccessLog.MAX_SIZE).items()).singleElement().satisfies(access -> {
			assertThat(access.registry()).isEqualTo(Registry.CREDIT);
			assertThat(access.caller()).isEqualTo(purpose.caller());
			assertThat(access.purpose()).isEqualTo(purpose.purpose());
			assertThat(access.caseReference()).isEqualTo("TB20261127000001");
			assertThat(access.personMasked()).isEqualTo(id.masked());
			assertThat(access.accessedAt()).isEqualTo(clock.instant());
			assertThat(access.refusal()).isNull();
		});
	}

	@Test
	void theDemoRegisterHoldsAFalseCommitmentOfLiNaInForceOnTheDemoDay() {
		assertThat(register.inForce(CreditSubject.of(LI_NA), purpose())).anySatisfy(record -> {
			assertThat(record.kind()).isEqualTo(CreditEventKind.FALSE_COMMITMENT);
			assertThat(record.recordedOn()).isEqualTo(LocalDate.of(2026, 3, 16));
			assertThat(record.expiresOn()).isEqualTo(LocalDate.of(2029, 3, 16));
			assertThat(record.caseReference()).isEqualTo("TB20251103000217");
		});
	}

	private static AccessPurpose purpose() {
		return AccessPurpose.of("test:" + UUID.randomUUID(), LocalizedText.of("测试", "Test"));
	}

	private static String reference() {
		return "TB-" + UUID.randomUUID();
	}

}
