package org.tongban.exchange.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.exchange.CreditEventKind;
import org.tongban.exchange.CreditRecord;
import org.tongban.exchange.CreditSubject;
import org.tongban.exchange.LegalForm;
import org.tongban.exchange.registry.CreditRecordStore;
import org.tongban.exchange.registry.LegalPersonRecord;
import org.tongban.exchange.registry.LegalPersonRegistry;
import org.tongban.exchange.registry.LegalPersonStatus;
import org.tongban.exchange.registry.PersonRecord;
import org.tongban.exchange.registry.PersonStatus;
import org.tongban.exchange.registry.PopulationRegistry;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the base registries of D city for the demo (R9.2) from
 * {@code exchange/demo/registries.json}: persons with their resident ID number, name,
 * household address and status, and legal persons whose representative is named by the ID
 * number of one of these persons, so that the two registries agree; and credit records
 * (信用记录) of demo persons and legal persons, one in force, one expired. Sex and birth date
 * are those of the number. The numbers are checked as they are read: a wrong check
 * character stops the start-up.
 * <p>
 * D city's numbers carry the division codes of Dalian (大连市, 210200 in GB/T 2260), whose
 * districts stand for the demo's: 210202 for 中心区, 210203 for 港城区, 210211 for 高新区.
 * Residents born elsewhere carry the code of their birthplace, and so do the offices that
 * registered the legal persons (210200 for the city's own).
 * <p>
 * Storing skips the records that exist, one record per transaction, so that a restart
 * adds only what is new and two nodes starting at once do not fail on each other's rows.
 * Seeds before the web server opens its port, like the demo catalogue.
 */
@Component
@Profile("demo")
class DemoRegistries implements SmartInitializingSingleton {

	static final String LOCATION = "exchange/demo/registries.json";

	private static final Logger log = LoggerFactory.getLogger(DemoRegistries.class);

	/** Strict reading: a misspelt property is an error, not a silently missing entry. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final PopulationRegistry population;

	private final LegalPersonRegistry legalPersons;

	private final CreditRecordStore credit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoRegistries(PopulationRegistry population, LegalPersonRegistry legalPersons, CreditRecordStore credit,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.population = population;
		this.legalPersons = legalPersons;
		this.credit = credit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		load();
	}

	/** Stores what is missing and answers how many records that was. */
	int load() {
		Seed seed = read();
		int persons = (int) seed.persons()
			.stream()
			.filter(person -> store(() -> population.contains(person.id()), () -> population.add(person)))
			.count();
		int legal = (int) seed.legalPersons()
			.stream()
			.filter(legalPerson -> store(() -> legalPersons.contains(legalPerson.code()),
					() -> legalPersons.add(legalPerson)))
			.count();
		int records = (int) seed.creditRecords()
			.stream()
			.filter(record -> store(() -> credit.exists(record.kind(), record.caseReference()),
					() -> credit.add(record, clock.instant())))
			.count();
		log.info("Demo registries of D city: {} persons, {} legal persons and {} credit records stored, {} already"
				+ " present", persons, legal, records, seed.size() - persons - legal - records);
		return persons + legal + records;
	}

	static Seed read() {
		SeedFile file;
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			file = JSON.readValue(in, SeedFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Demo registries " + LOCATION + " cannot be read", ex);
		}
		List<PersonRecord> persons = file.persons().stream().map(SeedPerson::record).toList();
		Map<ResidentIdNumber, PersonRecord> byId = persons.stream()
			.collect(Collectors.toMap(PersonRecord::id, Function.identity()));
		List<LegalPersonRecord> legal = file.legalPersons()
			.stream()
			.map(legalPerson -> legalPerson.record(byId))
			.toList();
		Set<UnifiedSocialCreditCode> codes = legal.stream().map(LegalPersonRecord::code).collect(Collectors.toSet());
		return new Seed(persons, legal,
				file.creditRecords().stream().map(record -> record.record(byId.keySet(), codes)).toList());
	}

	/**
	 * Stores a record unless it exists; a clash with another node storing it at the same
	 * time is no error.
	 */
	private boolean store(BooleanSupplier exists, Runnable insert) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				if (exists.getAsBoolean()) {
					return false;
				}
				insert.run();
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Names the entry whose number is wrong, which the identifier's own message does not.
	 */
	private static <T> T checked(Supplier<T> parse, String entry) {
		try {
			return parse.get();
		}
		catch (InvalidIdentifierException ex) {
			throw new IllegalStateException("Demo " + entry + " in " + LOCATION + ": " + ex.messageCode(), ex);
		}
	}

	record Seed(List<PersonRecord> persons, List<LegalPersonRecord> legalPersons, List<CreditRecord> creditRecords) {

		int size() {
			return persons.size() + legalPersons.size() + creditRecords.size();
		}

	}

	private record SeedFile(List<SeedPerson> persons, List<SeedLegalPerson> legalPersons,
			List<SeedCreditRecord> creditRecords) {

		SeedFile {
			creditRecords = creditRecords == null ? List.of() : creditRecords;
		}

	}

	private record SeedPerson(String residentId, String name, String householdAddress, PersonStatus status) {

		PersonRecord record() {
			ResidentIdNumber id = checked(() -> ResidentIdNumber.parse(residentId), "person " + name);
			return new PersonRecord(id, name, id.sex(), id.birthDate(), householdAddress, status);
		}

	}

	private record SeedLegalPerson(String creditCode, String name, LegalForm legalForm, String representative,
			String registeredAddress, LocalDate establishedOn, LegalPersonStatus status) {

		LegalPersonRecord record(Map<ResidentIdNumber, PersonRecord> persons) {
			UnifiedSocialCreditCode code = checked(() -> UnifiedSocialCreditCode.parse(creditCode),
					"legal person " + name);
			PersonRecord person = persons
				.get(checked(() -> ResidentIdNumber.parse(representative), "representative of " + name));
			if (person == null) {
				throw new IllegalStateException("Demo legal person " + name + " names a representative who is not among"
						+ " the demo persons of " + LOCATION);
			}
			return new LegalPersonRecord(code, name, legalForm, person.name(), person.id(), registeredAddress,
					establishedOn, status);
		}

	}

	/**
	 * A credit event of a demo person or legal person, recorded on its day for the period
	 * its kind counts (as the register writes them), from a case of its own: its id is
	 * made from the case, so that two nodes seeding at once store it once.
	 */
	private record SeedCreditRecord(String person, String legalPerson, CreditEventKind kind, LocalDate recordedOn,
			String caseReference, String reason) {

		CreditRecord record(Set<ResidentIdNumber> persons, Set<UnifiedSocialCreditCode> legalPersons) {
			String entry = "credit record of case " + caseReference;
			CreditSubject subject;
			if (person != null && legalPerson == null) {
				ResidentIdNumber id = checked(() -> ResidentIdNumber.parse(person), entry);
				subject = persons.contains(id) ? CreditSubject.of(id) : null;
			}
			else if (legalPerson != null && person == null) {
				UnifiedSocialCreditCode code = checked(() -> UnifiedSocialCreditCode.parse(legalPerson), entry);
				subject = legalPersons.contains(code) ? CreditSubject.of(code) : null;
			}
			else {
				throw new IllegalStateException(
						"Demo " + entry + " in " + LOCATION + " names a person or a legal person");
			}
			if (subject == null || kind == null || recordedOn == null || caseReference == null || reason == null) {
				throw new IllegalStateException("Demo " + entry + " in " + LOCATION
						+ " names a demo person or legal person, its kind, day, case and reason");
			}
			return new CreditRecord(UUID.nameUUIDFromBytes(("demo-credit:" + caseReference).getBytes(UTF_8)), subject,
					kind, recordedOn, recordedOn.plus(kind.inForce()), caseReference, reason, "system");
		}

	}

}
