package org.tongban.exchange.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.exchange.CreditEventKind;
import org.tongban.exchange.CreditRecord;
import org.tongban.exchange.LegalForm;
import org.tongban.exchange.demo.DemoRegistries.Seed;
import org.tongban.exchange.registry.CreditRecordStore;
import org.tongban.exchange.registry.LegalPersonRecord;
import org.tongban.exchange.registry.LegalPersonStatus;
import org.tongban.exchange.registry.PersonRecord;
import org.tongban.exchange.registry.PersonStatus;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.Sex;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo registries of D city (R9.2): realistic records whose numbers pass their check
 * characters, whose enterprises are represented by demo persons, and which are seeded
 * once however often the platform starts.
 */
@SpringBootTest
class DemoRegistriesTests {

	/** D city's division codes are those of Dalian (大连市, 210200 in GB/T 2260). */
	private static final String D_CITY = "2102";

	@Autowired
	DemoRegistries demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CreditRecordStore credit;

	@Autowired
	Clock clock;

	static final ResidentIdNumber LI_NA = ResidentIdNumber.parse("21020319901123046X");

	static final UnifiedSocialCreditCode WEIZHIYUAN = UnifiedSocialCreditCode.parse("91210202MA0Q5K7D3U");

	@Test
	void everySeededNumberPassesItsCheckCharacters() throws IOException {
		JsonNode file;
		try (InputStream in = new ClassPathResource(DemoRegistries.LOCATION).getInputStream()) {
			file = JsonMapper.builder().build().readTree(in);
		}
		assertThat(file.get("persons")).isNotEmpty()
			.allSatisfy(person -> assertThatCode(() -> ResidentIdNumber.parse(person.get("residentId").asString()))
				.doesNotThrowAnyException());
		assertThat(file.get("legalPersons")).isNotEmpty().allSatisfy(legalPerson -> {
			assertThatCode(() -> UnifiedSocialCreditCode.parse(legalPerson.get("creditCode").asString()))
				.doesNotThrowAnyException();
			assertThatCode(() -> ResidentIdNumber.parse(legalPerson.get("representative").asString()))
				.doesNotThrowAnyException();
		});
	}

	@Test
	void aboutTwentyPersonsOfDCityBornFrom1950To2005WithOneDeceasedAndAMinorityName() {
		List<PersonRecord> persons = DemoRegistries.read().persons();

		assertThat(persons).hasSizeBetween(18, 25).extracting(PersonRecord::id).doesNotHaveDuplicates();
		assertThat(persons).extracting(person -> person.birthDate().getYear())
			.allMatch(year -> year >= 1950 && year <= 2005)
			.contains(1950, 2005);
		assertThat(persons).filteredOn(person -> person.status() == PersonStatus.DECEASED).hasSize(1);
		assertThat(persons).extracting(PersonRecord::name).anyMatch(name -> name.contains("·"));
		assertThat(persons).extracting(PersonRecord::sex).contains(Sex.MALE, Sex.FEMALE);
		assertThat(persons).filteredOn(person -> person.id().value().startsWith(D_CITY))
			.hasSizeGreaterThanOrEqualTo(persons.size() * 3 / 4);
		assertThat(persons).allSatisfy(person -> assertThat(person.householdAddress()).startsWith("D市"));
	}

	@Test
	void aboutTenLegalPersonsOfDCityRepresentedByLivingDemoPersonsWithOneDeregistered() {
		Seed seed = DemoRegistries.read();
		Map<ResidentIdNumber, PersonRecord> persons = seed.persons()
			.stream()
			.collect(Collectors.toMap(PersonRecord::id, Function.identity()));
		List<LegalPersonRecord> legalPersons = seed.legalPersons();

		assertThat(legalPersons).hasSizeBetween(10, 15).extracting(LegalPersonRecord::code).doesNotHaveDuplicates();
		assertThat(legalPersons).extracting(legalPerson -> legalPerson.code().value().substring(2, 6))
			.containsOnly(D_CITY);
		assertThat(legalPersons).extracting(LegalPersonRecord::name).allMatch(name -> name.startsWith("D市"));
		assertThat(legalPersons).extracting(LegalPersonRecord::legalForm)
			.contains(LegalForm.LIMITED_LIABILITY_COMPANY, LegalForm.INDIVIDUAL_BUSINESS, LegalForm.PUBLIC_INSTITUTION,
					LegalForm.SOCIAL_ORGANIZATION);
		assertThat(legalPersons).filteredOn(legalPerson -> legalPerson.status() == LegalPersonStatus.DEREGISTERED)
			.hasSize(1);
		assertThat(legalPersons).allSatisfy(legalPerson -> {
			PersonRecord representative = persons.get(legalPerson.representativeId());
			assertThat(representative).isNotNull();
			assertThat(representative.name()).isEqualTo(legalPerson.representativeName());
			assertThat(representative.status()).isEqualTo(PersonStatus.NORMAL);
		});
	}

	@Test
	void seedingAgainStoresNothing() {
		assertThat(demo.load()).isZero();
	}

	@Test
	void twoNodesSeedingAtOnceStoreEachRecordOnce() throws Exception {
		jdbc.sql("delete from exchange_legal_person").update();
		jdbc.sql("delete from exchange_person").update();
		Seed seed = DemoRegistries.read();
		jdbc.sql("delete from exchange_credit_record where case_reference in (:cases)")
			.param("cases", seed.creditRecords().stream().map(CreditRecord::caseReference).toList())
			.update();

		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> stored = nodes.invokeAll(List.<Callable<Integer>>of(demo::load, demo::load));
			assertThat(stored.get(0).get() + stored.get(1).get()).isEqualTo(seed.size());
		}
		finally {
			nodes.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from exchange_person").query(Integer.class).single())
			.isEqualTo(seed.persons().size());
		assertThat(jdbc.sql("select count(*) from exchange_legal_person").query(Integer.class).single())
			.isEqualTo(seed.legalPersons().size());
		assertThat(seed.creditRecords())
			.allSatisfy(record -> assertThat(credit.of(record.subject())).containsOnlyOnce(record));
	}

	@Test
	void aDemoPersonAndADemoEnterpriseHaveCreditRecordsOneInForceOnTheDemoDayOneExpired() {
		List<CreditRecord> records = DemoRegistries.read().creditRecords();
		LocalDate today = LocalDate.now(clock);

		assertThat(records).extracting(CreditRecord::caseReference).doesNotHaveDuplicates();
		assertThat(records).allSatisfy(record -> {
			assertThat(record.expiresOn()).isEqualTo(record.recordedOn().plus(record.kind().inForce()));
			assertThat(record.reason()).matches(".*\\p{IsHan}.*");
		});
		// 李娜 (13904110002): a false commitment in force, so that no informed commitment
		// is offered to her (R15.7).
		assertThat(records).filteredOn(record -> LI_NA.equals(record.subject().person()))
			.singleElement()
			.satisfies(record -> {
				assertThat(record.kind()).isEqualTo(CreditEventKind.FALSE_COMMITMENT);
				assertThat(record.inForceOn(today)).isTrue();
			});
		// 味之源 (the demo enterprise account): gaps not supplied in 2024, expired since.
		assertThat(records).filteredOn(record -> WEIZHIYUAN.equals(record.subject().legalPerson()))
			.singleElement()
			.satisfies(record -> {
				assertThat(record.kind()).isEqualTo(CreditEventKind.GAP_NOT_SUPPLIED);
				assertThat(record.inForceOn(today)).isFalse();
			});
	}

}
