package org.tongban.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.DecisionRule.Comparison;
import org.tongban.catalog.DecisionRule.Source;
import org.tongban.catalog.DecisionRules;
import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.FormDefinition;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.BaseRegistries;
import org.tongban.exchange.CreditRecord;
import org.tongban.exchange.CreditRegister;
import org.tongban.exchange.CreditSubject;
import org.tongban.exchange.RegisteredLegalPerson;
import org.tongban.exchange.RegisteredPerson;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.ApplicantParticulars;

/**
 * Checks the declarative rules of a matter version against an application (R5.6, R16.2,
 * R16.6): each rule reads one data element from its source (a base registry, the credit
 * register, the applicant's verified account or the form) and compares it with the rule's
 * values. Each source is read at most once per check, and every registry read is logged
 * with the purpose the caller gives (R9.3, R16.1); a source that fails to answer leaves
 * its rules unanswered instead of failing the check, so that a person decides.
 * <p>
 * Not to be called in a transaction that has written an audit record: registry reads are
 * logged in transactions of their own.
 */
@Service
public class RuleChecks {

	private static final Logger log = LoggerFactory.getLogger(RuleChecks.class);

	/** The data elements of the applicant's own person, masked wherever shown (R12.1). */
	private static final Set<String> PERSONAL = Set.of("DE0001", "DE0002", "DE0003", "DE0005", "DE0006", "DE0007",
			"DE0008", "DE0009");

	private final Accounts accounts;

	private final BaseRegistries registries;

	private final CreditRegister credit;

	private final Clock clock;

	RuleChecks(Accounts accounts, BaseRegistries registries, CreditRegister credit, Clock clock) {
		this.accounts = accounts;
		this.registries = registries;
		this.credit = credit;
		this.clock = clock;
	}

	/**
	 * Checks the rules for an applicant's answers to a form.
	 * @param form the version's form, whose fields say which answers are personal
	 * @param purpose why the registries are read, with the case where there is one
	 */
	public RuleExplanation check(UUID applicantId, FormDefinition form, FormAnswers answers, DecisionRules rules,
			AccessPurpose purpose) {
		var reading = new Reading(accounts.particulars(applicantId), form, answers, purpose);
		List<RuleOutcome> outcomes = rules.rules().stream().map(reading::outcome).toList();
		return new RuleExplanation(outcomes, clock.instant());
	}

	/** One check's reads of the sources, each made once, when a rule first needs it. */
	private final class Reading {

		private final ApplicantParticulars applicant;

		private final FormDefinition form;

		private final FormAnswers answers;

		private final AccessPurpose purpose;

		private final Map<Source, Answer> answered = new EnumMap<>(Source.class);

		Reading(ApplicantParticulars applicant, FormDefinition form, FormAnswers answers, AccessPurpose purpose) {
			this.applicant = applicant;
			this.form = form;
			this.answers = answers;
			this.purpose = purpose;
		}

		RuleOutcome outcome(DecisionRule rule) {
			Answer answer = answered.computeIfAbsent(rule.source(), this::read);
			if (answer.values() == null) {
				return outcome(rule, RuleOutcome.Verdict.UNANSWERED, null, null);
			}
			List<String> value = answer.values().apply(rule.element());
			RuleOutcome.Verdict verdict = holds(rule, value) ? RuleOutcome.Verdict.HOLDS : RuleOutcome.Verdict.FAILS;
			return outcome(rule, verdict, shown(rule, value), answer.at());
		}

		private RuleOutcome outcome(DecisionRule rule, RuleOutcome.Verdict verdict, String shown, Instant at) {
			return new RuleOutcome(rule.code(), rule.description(), rule.source(), rule.element(), rule.comparison(),
					rule.values(), verdict, shown, at, rule.failureText());
		}

		/**
		 * Reads a source; no values when it does not answer or holds nothing for the
		 * applicant's kind.
		 */
		private Answer read(Source source) {
			try {
				return switch (source) {
					case FORM -> new Answer(answers::values, clock.instant());
					case APPLICANT_PROFILE -> new Answer(this::ofProfile, clock.instant());
					case POPULATION_REGISTRY -> applicant.residentId() == null ? Answer.NONE
							: new Answer(ofPerson(registries.person(applicant.residentId(), purpose)), clock.instant());
					case LEGAL_PERSON_REGISTRY -> applicant.creditCode() == null ? Answer.NONE : new Answer(
							ofLegalPerson(registries.legalPerson(applicant.creditCode(), purpose)), clock.instant());
					case CREDIT_REGISTER -> subject()
						.map(subject -> new Answer(ofCredit(credit.inForce(subject, purpose)), clock.instant()))
						.orElse(Answer.NONE);
				};
			}
			catch (RuntimeException unavailable) {
				// A person decides what the source could not answer (R16.2).
				log.warn("The source {} did not answer a rule check for {}: {}", source, purpose.caseReference(),
						unavailable.toString());
				return Answer.NONE;
			}
		}

		private Optional<CreditSubject> subject() {
			if (applicant.creditCode() != null) {
				return Optional.of(CreditSubject.of(applicant.creditCode()));
			}
			return Optional.ofNullable(applicant.residentId()).map(CreditSubject::of);
		}

		private List<String> ofProfile(String element) {
			return switch (element) {
				case "DE0010" -> List.of(applicant.kind().name());
				case "DE0006" -> applicant.kind() == AccountKind.NATURAL_PERSON && applicant.residentId() != null
						? List.of(applicant.residentId().sex().name()) : List.of();
				case "DE0008" -> applicant.kind() == AccountKind.NATURAL_PERSON && applicant.residentId() != null
						? List.of(age(applicant.residentId().birthDate())) : List.of();
				default -> List.of();
			};
		}

		private java.util.function.Function<String, List<String>> ofPerson(Optional<RegisteredPerson> found) {
			return element -> found.map(person -> switch (element) {
				case "DE0005" -> List.of(person.householdAddress());
				case "DE0006" -> List.of(person.sex().name());
				case "DE0007" -> List.of(person.birthDate().toString());
				case "DE0008" -> List.of(age(person.birthDate()));
				case "DE0009" -> List.of(person.status());
				default -> List.<String>of();
			}).orElse(List.of());
		}

		private java.util.function.Function<String, List<String>> ofLegalPerson(Optional<RegisteredLegalPerson> found) {
			return element -> found.map(enterprise -> switch (element) {
				case "DE0101" -> List.of(enterprise.name());
				case "DE0110" -> List.of(enterprise.status());
				case "DE0111" -> List.of(enterprise.legalForm().name());
				case "DE0112" -> List.of(enterprise.establishedOn().toString());
				default -> List.<String>of();
			}).orElse(List.of());
		}

		private static java.util.function.Function<String, List<String>> ofCredit(List<CreditRecord> records) {
			List<String> kinds = records.stream().map(record -> record.kind().name()).distinct().toList();
			return element -> kinds;
		}

		private String age(LocalDate birthDate) {
			return String.valueOf(Period.between(birthDate, LocalDate.now(clock)).getYears());
		}

		/** The value as the explanation shows it: a personal particular masked. */
		private String shown(DecisionRule rule, List<String> value) {
			if (value.isEmpty()) {
				return null;
			}
			String joined = String.join("、", value);
			boolean personal = rule.source() == Source.FORM
					? form.field(rule.element())
						.map(field -> field.identity() != null
								|| (field.dataElement() != null && PERSONAL.contains(field.dataElement())))
						.orElse(false)
					: rule.source() != Source.LEGAL_PERSON_REGISTRY && rule.source() != Source.CREDIT_REGISTER
							&& PERSONAL.contains(rule.element());
			return personal ? "***" : joined;
		}

	}

	/** A source's values by data element, or none when it did not answer. */
	private record Answer(java.util.function.Function<String, List<String>> values, Instant at) {

		static final Answer NONE = new Answer(null, null);

	}

	/** Whether the value stands to the rule's values as the rule wants. */
	static boolean holds(DecisionRule rule, List<String> value) {
		List<String> expected = rule.values();
		Comparison comparison = rule.comparison();
		return switch (comparison) {
			case PRESENT -> !value.isEmpty();
			case ABSENT -> value.isEmpty();
			case EQUALS -> value.size() == 1 && same(value.get(0), expected.get(0));
			case NOT_EQUALS -> !(value.size() == 1 && same(value.get(0), expected.get(0)));
			case ONE_OF -> value.size() == 1 && expected.stream().anyMatch(one -> same(value.get(0), one));
			case NONE_OF -> expected.isEmpty() ? value.isEmpty()
					: value.stream().noneMatch(one -> expected.stream().anyMatch(other -> same(one, other)));
			case AT_LEAST -> value.size() == 1 && compare(value.get(0), expected.get(0)).map(c -> c >= 0).orElse(false);
			case AT_MOST -> value.size() == 1 && compare(value.get(0), expected.get(0)).map(c -> c <= 0).orElse(false);
			case BETWEEN -> value.size() == 1 && compare(value.get(0), expected.get(0)).map(c -> c >= 0).orElse(false)
					&& compare(value.get(0), expected.get(1)).map(c -> c <= 0).orElse(false);
		};
	}

	/** Equal as numbers where both are numbers (50000 is 50000.00), else as text. */
	private static boolean same(String value, String expected) {
		return compare(value, expected).map(c -> c == 0).orElseGet(() -> value.strip().equals(expected.strip()));
	}

	/** Compares as numbers, else as ISO dates; empty when they are neither. */
	private static Optional<Integer> compare(String value, String expected) {
		try {
			return Optional.of(new BigDecimal(value.strip()).compareTo(new BigDecimal(expected.strip())));
		}
		catch (NumberFormatException notNumbers) {
			try {
				return Optional.of(LocalDate.parse(value.strip()).compareTo(LocalDate.parse(expected.strip())));
			}
			catch (DateTimeParseException notDates) {
				return Optional.empty();
			}
		}
	}

}
