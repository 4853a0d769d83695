package org.tongban.application.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongban.application.AnswerSource;
import org.tongban.application.AnswerSource.Kind;
import org.tongban.application.Application;
import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.Field;
import org.tongban.catalog.IdentitySource;
import org.tongban.catalog.MatterCatalog;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.BaseRegistries;
import org.tongban.exchange.RegisteredLegalPerson;
import org.tongban.exchange.RegisteredPerson;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.crypto.DecryptionException;

/**
 * Fills in a new draft with what the government already holds (智能填报, R3.2, R15.10): the
 * applicant's verified account, the base registries, and their own earlier applications;
 * every value carries its source.
 * <p>
 * The fields a form takes from a verified source ({@link Field#identity()}) always get
 * the source's value, at the start and again at submission, and are never the applicant's
 * to change (R1.6). Other fields are pre-filled to save typing and stay editable: by
 * their data element (R9.1), the first field of an element the form does not take from a
 * source (forms list the applicant first, and may use an element again for somebody else,
 * e.g. the food-safety manager's name), and then from the applicant's earlier
 * application. Registry reads are logged for the citizen to see (R16.1).
 */
@Component
public class AutoFill {

	private static final Logger log = LoggerFactory.getLogger(AutoFill.class);

	private final Accounts accounts;

	private final BaseRegistries registries;

	private final ApplicationStore store;

	private final MatterCatalog catalog;

	AutoFill(Accounts accounts, BaseRegistries registries, ApplicationStore store, MatterCatalog catalog) {
		this.accounts = accounts;
		this.registries = registries;
		this.store = store;
		this.catalog = catalog;
	}

	/** The answers and their sources for a new draft of a matter. */
	public Prefill prefill(UUID applicantId, String matterCode, LocalizedText matterName, FormDefinition form) {
		Particulars particulars = new Particulars(accounts.particulars(applicantId),
				purpose("application:auto-fill", "在线申请自动填写：", "Filling in an application online: ", matterName));
		Prefill prefill = verified(particulars, form);
		Set<String> verifiedElements = form.fields()
			.filter(field -> field.identity() != null)
			.map(Field::dataElement)
			.collect(Collectors.toSet());
		Set<String> seen = new HashSet<>(verifiedElements);
		List<IdentitySource> sources = particulars.account.kind() == AccountKind.LEGAL_PERSON
				? List.of(IdentitySource.ACCOUNT, IdentitySource.LEGAL_PERSON_REGISTRY)
				: List.of(IdentitySource.ACCOUNT, IdentitySource.POPULATION_REGISTRY);
		form.fields()
			.filter(field -> field.dataElement() != null && seen.add(field.dataElement()))
			.forEach(field -> sources.stream()
				.filter(source -> source.holds(field.dataElement()))
				.flatMap(source -> particulars.value(source, field.dataElement()).stream())
				.findFirst()
				.ifPresent(known -> prefill.put(field, known)));
		fillFromEarlierApplication(prefill, applicantId, matterCode, form);
		return prefill;
	}

	/**
	 * The answers to the fields that the form takes from the applicant's verified account
	 * or the registries, as these hold them now (R1.6): to submit, whatever the draft
	 * says. A field whose source holds nothing for the applicant (an enterprise the
	 * legal-person registry does not know) is not among them.
	 */
	public Prefill verified(UUID applicantId, LocalizedText matterName, FormDefinition form) {
		return verified(new Particulars(accounts.particulars(applicantId),
				purpose("application:submission", "提交申请核对身份信息：", "Checking the identity on submitting: ", matterName)),
				form);
	}

	private static Prefill verified(Particulars particulars, FormDefinition form) {
		var prefill = new Prefill(new LinkedHashMap<>(), new LinkedHashMap<>());
		form.fields()
			.filter(field -> field.identity() != null)
			.forEach(field -> particulars.value(field.identity(), field.dataElement())
				.ifPresent(known -> prefill.put(field, known)));
		return prefill;
	}

	private static AccessPurpose purpose(String caller, String zh, String en, LocalizedText matterName) {
		return AccessPurpose.of(caller, LocalizedText.of(zh + matterName.zh(), en + matterName.in(Locale.ENGLISH)));
	}

	/**
	 * What the applicant wrote last time: every field of the same matter, or of another
	 * matter the fields with the same key and data element, where nothing better is
	 * known; never a declaration, which is given anew each time.
	 */
	private void fillFromEarlierApplication(Prefill prefill, UUID applicantId, String matterCode, FormDefinition form) {
		Optional<Application> earlier;
		try {
			earlier = store.latestSubmitted(applicantId, matterCode).or(() -> store.latestSubmitted(applicantId, null));
		}
		catch (DecryptionException ex) {
			// A convenience must not stop an application: e.g. sealed under a key since
			// retired.
			log.warn("Not pre-filling from the earlier application of {}: {}", applicantId, ex.getMessage());
			return;
		}
		if (earlier.isEmpty()) {
			return;
		}
		Application previous = earlier.get();
		boolean sameMatter = previous.matterCode().equals(matterCode);
		FormDefinition previousForm = sameMatter ? null
				: catalog.guide(previous.matterCode(), previous.matterVersion()).version().form();
		AnswerSource source = new AnswerSource(Kind.EARLIER_APPLICATION, previous.number());
		form.fields().filter(field -> !field.isDeclaration()).forEach(field -> {
			List<String> values = previous.answers().values(field.key());
			boolean matches = sameMatter || (field.dataElement() != null && previousForm.field(field.key())
				.map(Field::dataElement)
				.filter(field.dataElement()::equals)
				.isPresent());
			if (matches && !values.isEmpty() && !prefill.answers().containsKey(field.key())) {
				prefill.answers().put(field.key(), values);
				prefill.sources().put(field.key(), source);
			}
		});
	}

	/** A value the platform holds, and the source it came from. */
	private record Known(String value, Kind kind) {
	}

	/**
	 * What the platform holds about one applicant, by data element (R9.1): their account,
	 * and the registry of their kind, read once and only when a field asks for it.
	 */
	private final class Particulars {

		private final ApplicantParticulars account;

		private final AccessPurpose purpose;

		private Optional<RegisteredPerson> person;

		private Optional<RegisteredLegalPerson> enterprise;

		Particulars(ApplicantParticulars account, AccessPurpose purpose) {
			this.account = account;
			this.purpose = purpose;
		}

		Optional<Known> value(IdentitySource source, String dataElement) {
			return switch (source) {
				case ACCOUNT -> known(ofAccount(dataElement), Kind.ACCOUNT);
				case POPULATION_REGISTRY -> person().flatMap(found -> known(switch (dataElement) {
					case "DE0005" -> found.householdAddress();
					case "DE0006" -> found.sex().name();
					case "DE0007" -> found.birthDate().toString();
					default -> null;
				}, Kind.POPULATION_REGISTRY));
				// An enterprise the registry does not know has what it registered with,
				// checked then.
				case LEGAL_PERSON_REGISTRY -> enterprise().map(found -> known(switch (dataElement) {
					case "DE0101" -> found.name();
					case "DE0102" -> found.code().value();
					case "DE0103" -> found.representativeName();
					case "DE0002" -> found.representativeId().value();
					case "DE0107" -> found.registeredAddress();
					default -> null;
				}, Kind.LEGAL_PERSON_REGISTRY)).orElseGet(() -> value(IdentitySource.ACCOUNT, dataElement));
			};
		}

		private String ofAccount(String dataElement) {
			return switch (account.kind()) {
				case NATURAL_PERSON -> switch (dataElement) {
					case "DE0001" -> account.name();
					case "DE0002" -> account.residentId().value();
					// A walk-in applicant without an account has given the platform no
					// mobile.
					case "DE0003" -> account.mobile() == null ? null : account.mobile().value();
					default -> null;
				};
				case LEGAL_PERSON -> switch (dataElement) {
					case "DE0101" -> account.name();
					case "DE0102" -> account.creditCode().value();
					case "DE0103" -> account.legalRepresentative();
					default -> null;
				};
				case STAFF -> throw new IllegalArgumentException("Staff do not apply");
			};
		}

		private Optional<RegisteredPerson> person() {
			if (person == null) {
				person = account.kind() == AccountKind.NATURAL_PERSON ? registries.person(account.residentId(), purpose)
						: Optional.empty();
			}
			return person;
		}

		private Optional<RegisteredLegalPerson> enterprise() {
			if (enterprise == null) {
				enterprise = account.kind() == AccountKind.LEGAL_PERSON
						? registries.legalPerson(account.creditCode(), purpose) : Optional.empty();
			}
			return enterprise;
		}

		private static Optional<Known> known(String value, Kind kind) {
			return value == null || value.isBlank() ? Optional.empty() : Optional.of(new Known(value, kind));
		}

	}

	/** Pre-filled answers and where each came from. */
	public record Prefill(Map<String, List<String>> answers, Map<String, AnswerSource> sources) {

		public FormAnswers formAnswers() {
			return new FormAnswers(answers);
		}

		private void put(Field field, Known known) {
			// A choice takes the option of the value, which a form may code in full or by
			// its first letter (M / F).
			Optional<String> value = field.options().isEmpty() ? Optional.of(known.value())
					: field.options()
						.stream()
						.map(FormDefinition.Option::value)
						.filter(option -> option.equals(known.value()) || option.equals(known.value().substring(0, 1)))
						.findFirst();
			if (value.isPresent() && !answers.containsKey(field.key())) {
				answers.put(field.key(), List.of(value.get()));
				sources.put(field.key(), AnswerSource.of(known.kind()));
			}
		}

	}

}
