package org.tongban.exchange;

import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tongban.exchange.registry.AccessLogRepository;
import org.tongban.exchange.registry.LegalPersonRecord;
import org.tongban.exchange.registry.LegalPersonRegistry;
import org.tongban.exchange.registry.LegalPersonStatus;
import org.tongban.exchange.registry.PersonRecord;
import org.tongban.exchange.registry.PopulationRegistry;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Reads of the base registries for a holder's own use, such as filling in their
 * application (R3.2, R15.10): the data the government already holds, so that nobody is
 * asked for it again. Callers read only the records of the person or enterprise they act
 * for; every read is logged with its purpose (R9.3, R16.1).
 */
@Service
public class BaseRegistries {

	private final PopulationRegistry population;

	private final LegalPersonRegistry legalPersons;

	private final AccessLogRepository log;

	BaseRegistries(PopulationRegistry population, LegalPersonRegistry legalPersons, AccessLogRepository log) {
		this.population = population;
		this.legalPersons = legalPersons;
		this.log = log;
	}

	/** The population registry's entry of a person, if any. */
	public Optional<RegisteredPerson> person(ResidentIdNumber id, AccessPurpose purpose) {
		Objects.requireNonNull(purpose, "purpose");
		Optional<PersonRecord> found = population.find(id);
		log.record(Registry.POPULATION, purpose, id, null, found.isEmpty() ? Refusal.NOT_FOUND : null);
		return found.map(person -> new RegisteredPerson(person.id(), person.name(), person.sex(), person.birthDate(),
				person.householdAddress(), person.status().name()));
	}

	/**
	 * The legal-person registry's entry of an enterprise, with its representative, if
	 * any.
	 */
	public Optional<RegisteredLegalPerson> legalPerson(UnifiedSocialCreditCode code, AccessPurpose purpose) {
		Objects.requireNonNull(purpose, "purpose");
		Optional<LegalPersonRecord> found = legalPersons.find(code);
		log.record(Registry.LEGAL_PERSON, purpose, found.map(LegalPersonRecord::representativeId).orElse(null), code,
				found.isEmpty() ? Refusal.NOT_FOUND : null);
		return found.map(record -> new RegisteredLegalPerson(record.code(), record.name(), record.legalForm(),
				record.representativeName(), record.representativeId(), record.registeredAddress(),
				record.establishedOn(), record.status() == LegalPersonStatus.ACTIVE, record.status().name()));
	}

}
