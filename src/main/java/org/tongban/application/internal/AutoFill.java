package org.tongban.application.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongban.application.AnswerSource;
import org.tongban.application.AnswerSource.Kind;
import org.tongban.application.Application;
import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.Field;
import org.tongban.catalog.MatterCatalog;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.BaseRegistries;
import org.tongban.exchange.RegisteredLegalPerson;
import org.tongban.exchange.RegisteredPerson;
import org.tongban.identity.Accounts;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.crypto.DecryptionException;

/**
 * Fills in a new draft with what the government already holds (智能填报, R3.2, R15.10): the applicant's verified
 * account, the base registries, and their own earlier applications; every value carries its source.
 * <p>
 * A form field is matched by its data element (R9.1). A form may use one element several times (the applicant's
 * name, but also the food-safety manager's); only the first field of an element is taken to be the applicant's own,
 * because forms list the applicant first. Registry reads are logged for the citizen to see (R16.1).
 */
@Component
public class AutoFill {

	private static final Logger log = LoggerFactory.getLogger(AutoFill.class);

	/** Data elements of natural persons (DE00xx) and of legal persons (DE01xx), see the dictionary of R9.1. */
	private static final String NAME = "DE0001", ID_NUMBER = "DE0002", MOBILE = "DE0003", ADDRESS = "DE0005",
			SEX = "DE0006", BIRTH_DATE = "DE0007", ENTERPRISE = "DE0101", CREDIT_CODE = "DE0102",
			REPRESENTATIVE = "DE0103", REGISTERED_ADDRESS = "DE0107";

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
		var prefill = new Prefill(new LinkedHashMap<>(), new LinkedHashMap<>());
		Map<String, Field> applicantFields = applicantFields(form);
		ApplicantParticulars applicant = accounts.particulars(applicantId);
		AccessPurpose purpose = AccessPurpose.of("application:auto-fill",
				LocalizedText.of("在线申请自动填写：" + matterName.zh(),
						"Filling in an application online: " + matterName.in(java.util.Locale.ENGLISH)));
		switch (applicant.kind()) {
			case NATURAL_PERSON -> {
				prefill.put(applicantFields, NAME, applicant.name(), Kind.ACCOUNT);
				prefill.put(applicantFields, ID_NUMBER, applicant.residentId().value(), Kind.ACCOUNT);
				prefill.put(applicantFields, MOBILE, applicant.mobile().value(), Kind.ACCOUNT);
				if (applicantFields.containsKey(SEX) || applicantFields.containsKey(BIRTH_DATE)
						|| applicantFields.containsKey(ADDRESS)) {
					registries.person(applicant.residentId(), purpose).ifPresent(person -> fill(prefill,
							applicantFields, person));
				}
			}
			case LEGAL_PERSON -> {
				prefill.put(applicantFields, ENTERPRISE, applicant.name(), Kind.ACCOUNT);
				prefill.put(applicantFields, CREDIT_CODE, applicant.creditCode().value(), Kind.ACCOUNT);
				registries.legalPerson(applicant.creditCode(), purpose)
					.ifPresentOrElse(enterprise -> fill(prefill, applicantFields, enterprise),
							() -> prefill.put(applicantFields, REPRESENTATIVE, applicant.legalRepresentative(),
									Kind.ACCOUNT));
			}
			case STAFF -> throw new IllegalArgumentException("Staff do not apply");
		}
		fillFromEarlierApplication(prefill, applicantId, matterCode, form);
		return prefill;
	}

	private static void fill(Prefill prefill, Map<String, Field> fields, RegisteredPerson person) {
		Field sex = fields.get(SEX);
		if (sex != null) {
			// A form may code the sex as MALE / FEMALE or as M / F.
			sex.options()
				.stream()
				.map(FormDefinition.Option::value)
				.filter(value -> value.equals(person.sex().name()) || value.equals(person.sex().name().substring(0, 1)))
				.findFirst()
				.ifPresent(value -> prefill.put(fields, SEX, value, Kind.POPULATION_REGISTRY));
		}
		prefill.put(fields, BIRTH_DATE, person.birthDate().toString(), Kind.POPULATION_REGISTRY);
		prefill.put(fields, ADDRESS, person.householdAddress(), Kind.POPULATION_REGISTRY);
	}

	private static void fill(Prefill prefill, Map<String, Field> fields, RegisteredLegalPerson enterprise) {
		prefill.put(fields, REPRESENTATIVE, enterprise.representativeName(), Kind.LEGAL_PERSON_REGISTRY);
		prefill.put(fields, ID_NUMBER, enterprise.representativeId().value(), Kind.LEGAL_PERSON_REGISTRY);
		prefill.put(fields, REGISTERED_ADDRESS, enterprise.registeredAddress(), Kind.LEGAL_PERSON_REGISTRY);
	}

	/**
	 * What the applicant wrote last time: every field of the same matter, or of another matter the fields with the
	 * same key and data element, where nothing better is known.
	 */
	private void fillFromEarlierApplication(Prefill prefill, UUID applicantId, String matterCode, FormDefinition form) {
		Optional<Application> earlier;
		try {
			earlier = store.latestSubmitted(applicantId, matterCode).or(() -> store.latestSubmitted(applicantId, null));
		}
		catch (DecryptionException ex) {
			// A convenience must not stop an application: e.g. sealed under a key since retired.
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
		form.fields().forEach(field -> {
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

	/** The first field of each data element. */
	private static Map<String, Field> applicantFields(FormDefinition form) {
		Set<String> seen = new HashSet<>();
		var fields = new LinkedHashMap<String, Field>();
		form.fields()
			.filter(field -> field.dataElement() != null && seen.add(field.dataElement()))
			.forEach(field -> fields.put(field.dataElement(), field));
		return fields;
	}

	/** Pre-filled answers and where each came from. */
	public record Prefill(Map<String, List<String>> answers, Map<String, AnswerSource> sources) {

		public FormAnswers formAnswers() {
			return new FormAnswers(answers);
		}

		void put(Map<String, Field> fields, String dataElement, String value, Kind kind) {
			Field field = fields.get(dataElement);
			if (field != null && value != null && !value.isBlank() && !answers.containsKey(field.key())) {
				answers.put(field.key(), List.of(value));
				sources.put(field.key(), AnswerSource.of(kind));
			}
		}

	}

}
