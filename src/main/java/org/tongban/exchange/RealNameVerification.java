package org.tongban.exchange;

import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tongban.exchange.registry.AccessLogRepository;
import org.tongban.exchange.registry.LegalPersonRecord;
import org.tongban.exchange.registry.LegalPersonRegistry;
import org.tongban.exchange.registry.PersonRecord;
import org.tongban.exchange.registry.PopulationRegistry;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Real-name verification (实名认证, R1.2): does the base registry hold this number under this
 * name, and may its holder act? Names are compared exactly once spaces, full-width forms
 * and the middle dot of minority names are normalized. Identity is checked before status,
 * so that only a caller who names a record correctly learns its status; a refusal never
 * tells what the registry holds. Every verification is a registry read and is logged with
 * its purpose and outcome (R9.3, R16.1).
 * <p>
 * {@link Refusal#NOT_FOUND} and {@link Refusal#NAME_MISMATCH} differ, as the applicant
 * needs to know what to correct, so an answer tells whether a number is registered:
 * callers that verify for the public must rate-limit (R12.4).
 */
@Service
public class RealNameVerification {

	private final PopulationRegistry population;

	private final LegalPersonRegistry legalPersons;

	private final AccessLogRepository log;

	RealNameVerification(PopulationRegistry population, LegalPersonRegistry legalPersons, AccessLogRepository log) {
		this.population = population;
		this.legalPersons = legalPersons;
		this.log = log;
	}

	/**
	 * Verifies a natural person against the population registry.
	 * @return verified with the registered summary, or refused as
	 * {@link Refusal#NOT_FOUND}, {@link Refusal#NAME_MISMATCH}, {@link Refusal#DECEASED}
	 * or {@link Refusal#CANCELLED}
	 */
	public Verification<PersonSummary> verifyPerson(String name, ResidentIdNumber id, AccessPurpose purpose) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(purpose, "purpose");
		Verification<PersonSummary> verification = population.find(id)
			.map(person -> verify(person, name))
			.orElseGet(() -> Verification.refused(Registry.POPULATION, Refusal.NOT_FOUND));
		log.record(Registry.POPULATION, purpose, id, null, verification.refusal());
		return verification;
	}

	/**
	 * Verifies a legal person and its legal representative (or the operator of an
	 * individual business) against the legal-person registry: the four elements of the
	 * licence, name, code, representative's name and ID number.
	 * @return verified with the registered summary, or refused as
	 * {@link Refusal#NOT_FOUND}, {@link Refusal#NAME_MISMATCH},
	 * {@link Refusal#REPRESENTATIVE_MISMATCH} (without saying which of name and number
	 * differs) or {@link Refusal#NOT_ACTIVE}
	 */
	public Verification<LegalPersonSummary> verifyLegalPerson(String name, UnifiedSocialCreditCode code,
			String representativeName, ResidentIdNumber representativeId, AccessPurpose purpose) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(representativeName, "representativeName");
		Objects.requireNonNull(representativeId, "representativeId");
		Objects.requireNonNull(purpose, "purpose");
		Optional<LegalPersonRecord> found = legalPersons.find(code);
		Verification<LegalPersonSummary> verification = found
			.map(legalPerson -> verify(legalPerson, name, representativeName, representativeId))
			.orElseGet(() -> Verification.refused(Registry.LEGAL_PERSON, Refusal.NOT_FOUND));
		// The record read holds the registered representative's data, whoever the caller
		// named.
		log.record(Registry.LEGAL_PERSON, purpose, found.map(LegalPersonRecord::representativeId).orElse(null), code,
				verification.refusal());
		return verification;
	}

	private static Verification<PersonSummary> verify(PersonRecord person, String name) {
		if (!NormalizedName.of(name).sameAs(person.name())) {
			return Verification.refused(Registry.POPULATION, Refusal.NAME_MISMATCH);
		}
		return switch (person.status()) {
			case NORMAL -> Verification.verified(Registry.POPULATION, person.summary());
			case DECEASED -> Verification.refused(Registry.POPULATION, Refusal.DECEASED);
			case CANCELLED -> Verification.refused(Registry.POPULATION, Refusal.CANCELLED);
		};
	}

	private static Verification<LegalPersonSummary> verify(LegalPersonRecord legalPerson, String name,
			String representativeName, ResidentIdNumber representativeId) {
		if (!NormalizedName.of(name).sameAs(legalPerson.name())) {
			return Verification.refused(Registry.LEGAL_PERSON, Refusal.NAME_MISMATCH);
		}
		if (!NormalizedName.of(representativeName).sameAs(legalPerson.representativeName())
				|| !representativeId.equals(legalPerson.representativeId())) {
			return Verification.refused(Registry.LEGAL_PERSON, Refusal.REPRESENTATIVE_MISMATCH);
		}
		return switch (legalPerson.status()) {
			case ACTIVE -> Verification.verified(Registry.LEGAL_PERSON, legalPerson.summary());
			case DEREGISTERED, REVOKED -> Verification.refused(Registry.LEGAL_PERSON, Refusal.NOT_ACTIVE);
		};
	}

}
