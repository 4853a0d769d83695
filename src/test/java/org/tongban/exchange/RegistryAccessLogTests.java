package org.tongban.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.tongban.exchange.RealNameVerificationTests.CHEN_JING;
import static org.tongban.exchange.RealNameVerificationTests.UNREGISTERED;
import static org.tongban.exchange.RealNameVerificationTests.WEIZHIYUAN;
import static org.tongban.exchange.RealNameVerificationTests.ZHANG_WEI;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.ResultPage;
import org.tongban.shared.identifiers.ResidentIdNumber;

/**
 * Every registry read is logged, who asked for whose record, why, for which case, when
 * and with what outcome (R9.3), and a citizen can list the reads of their data (R16.1).
 * Each test reads as a caller of its own, so that the reads of other tests do not count.
 */
@SpringBootTest
class RegistryAccessLogTests {

	@Autowired
	Clock clock;

	static final ResidentIdNumber ZHOU_MIN = ResidentIdNumber.parse("210211198212050284");

	@Autowired
	RealNameVerification verification;

	@Autowired
	RegistryAccessLog log;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void everyVerificationOfAPersonIsLoggedWithWhoWhyWhenForWhichCaseAndHowItEnded() {
		AccessPurpose purpose = new AccessPurpose(caller(),
				LocalizedText.of("审查食品经营许可申请", "Review of an application for a food business licence"),
				"SCJGJ-2026-000123");

		verification.verifyPerson("张伟", ZHANG_WEI, purpose);
		verification.verifyPerson("张玮", ZHANG_WEI, purpose);

		List<RegistryAccess> accesses = accessesBy(purpose.caller(), ZHANG_WEI);
		assertThat(accesses).extracting(RegistryAccess::refusal).containsExactly(Refusal.NAME_MISMATCH, null);
		assertThat(accesses).allSatisfy(access -> {
			assertThat(access.registry()).isEqualTo(Registry.POPULATION);
			assertThat(access.personMasked()).isEqualTo("210202********0311");
			assertThat(access.legalPerson()).isNull();
			assertThat(access.purpose()).isEqualTo(purpose.purpose());
			assertThat(access.caseReference()).isEqualTo("SCJGJ-2026-000123");
			assertThat(access.accessedAt()).isEqualTo(clock.instant());
		});
	}

	@Test
	void aReadOfANumberTheRegistryDoesNotHoldIsLoggedUnderThatNumber() {
		AccessPurpose purpose = purpose();

		verification.verifyPerson("张伟", UNREGISTERED, purpose);

		assertThat(accessesBy(purpose.caller(), UNREGISTERED)).extracting(RegistryAccess::refusal)
			.containsExactly(Refusal.NOT_FOUND);
	}

	@Test
	void aReadOfALegalPersonIsLoggedForItsRegisteredRepresentativeWhoeverTheCallerNamed() {
		AccessPurpose purpose = purpose();

		verification.verifyLegalPerson("D市味之源餐饮管理有限公司", WEIZHIYUAN, "陈静", CHEN_JING, purpose);

		assertThat(accessesBy(purpose.caller(), ZHANG_WEI)).singleElement().satisfies(access -> {
			assertThat(access.registry()).isEqualTo(Registry.LEGAL_PERSON);
			assertThat(access.legalPerson()).isEqualTo(WEIZHIYUAN);
			assertThat(access.personMasked()).isEqualTo(ZHANG_WEI.masked());
			assertThat(access.refusal()).isEqualTo(Refusal.REPRESENTATIVE_MISMATCH);
		});
		assertThat(accessesBy(purpose.caller(), CHEN_JING)).isEmpty();
	}

	@Test
	void aReadStaysLoggedWhenTheCallersTransactionRollsBack() {
		AccessPurpose purpose = purpose();

		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			verification.verifyPerson("张伟", ZHANG_WEI, purpose);
			status.setRollbackOnly();
		});

		assertThat(accessesBy(purpose.caller(), ZHANG_WEI)).hasSize(1);
	}

	@Test
	void aPersonsAccessesComeNewestFirstOnePageAtATime() {
		long earlier = log.accessesTo(ZHOU_MIN, 1, 1).totalItems();
		List<String> callers = List.of(caller(), caller(), caller());
		callers.forEach(caller -> verification.verifyPerson("周敏", ZHOU_MIN,
				AccessPurpose.of(caller, LocalizedText.of("测试", "Test"))));

		ResultPage<RegistryAccess> first = log.accessesTo(ZHOU_MIN, 1, 2);
		ResultPage<RegistryAccess> second = log.accessesTo(ZHOU_MIN, 2, 2);

		assertThat(first.totalItems()).isEqualTo(earlier + 3);
		assertThat(first.items()).extracting(RegistryAccess::caller).containsExactly(callers.get(2), callers.get(1));
		assertThat(first.hasNext()).isTrue();
		assertThat(second.items()).first().extracting(RegistryAccess::caller).isEqualTo(callers.get(0));
	}

	@Test
	void pageAndSizeAreChecked() {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> log.accessesTo(ZHOU_MIN, 0, 10))
			.extracting(InvalidParameterException::parameter)
			.isEqualTo("page");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> log.accessesTo(ZHOU_MIN, 1, RegistryAccessLog.MAX_SIZE + 1))
			.extracting(InvalidParameterException::parameter)
			.isEqualTo("size");
	}

	private List<RegistryAccess> accessesBy(String caller, ResidentIdNumber person) {
		return log.accessesTo(person, 1, RegistryAccessLog.MAX_SIZE)
			.items()
			.stream()
			.filter(access -> access.caller().equals(caller))
			.toList();
	}

	private static AccessPurpose purpose() {
		return AccessPurpose.of(caller(), LocalizedText.of("测试", "Test"));
	}

	private static String caller() {
		return "test:" + UUID.randomUUID();
	}

}
