package org.tongban.exchange.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.tongban.exchange.LicenceRecords;
import org.tongban.exchange.Registry;
import org.tongban.exchange.registry.LegalPersonRecord;
import org.tongban.exchange.registry.PersonRecord;
import org.tongban.exchange.registry.RegistryColumns;

/**
 * The data elements (R9.1) of the base registries as the exchange API answers them
 * (R9.3): how each column of a registry is read from its record, under the code the
 * data-element dictionary gives the column ({@link RegistryColumns}), in the order
 * answered. Which department owns, and alone publishes into, each registry (R9.2) is the
 * dictionary's too.
 */
final class ExchangeElements {

	/** The elements of the population registry (人口库). */
	static final Map<String, Function<PersonRecord, Object>> POPULATION = coded(Registry.POPULATION,
			List.of(Map.entry("resident_id", person -> person.id().value()), Map.entry("name", PersonRecord::name),
					Map.entry("sex", person -> person.sex().name()),
					Map.entry("birth_date", person -> person.birthDate().toString()),
					Map.entry("household_address", PersonRecord::householdAddress),
					Map.entry("status", person -> person.status().name())));

	/** The elements of the legal-person registry (法人库). */
	static final Map<String, Function<LegalPersonRecord, Object>> LEGAL_PERSON = coded(Registry.LEGAL_PERSON,
			List.of(Map.entry("credit_code", legalPerson -> legalPerson.code().value()),
					Map.entry("name", LegalPersonRecord::name),
					Map.entry("legal_form", legalPerson -> legalPerson.legalForm().name()),
					Map.entry("representative_name", LegalPersonRecord::representativeName),
					Map.entry("representative_id", legalPerson -> legalPerson.representativeId().value()),
					Map.entry("registered_address", LegalPersonRecord::registeredAddress),
					Map.entry("established_on", legalPerson -> legalPerson.establishedOn().toString()),
					Map.entry("status", legalPerson -> legalPerson.status().name())));

	/** The elements of the base registry of e-licences (电子证照库). */
	static final Map<String, Function<LicenceRecords.Licence, Object>> LICENCE = coded(Registry.LICENCE,
			List.of(Map.entry("number", LicenceRecords.Licence::id), Map.entry("type", LicenceRecords.Licence::type),
					Map.entry("valid_until",
							licence -> licence.validUntil() == null ? null : licence.validUntil().toString()),
					Map.entry("status", LicenceRecords.Licence::status)));

	private ExchangeElements() {
	}

	private static <R> Map<String, Function<R, Object>> coded(Registry registry,
			List<Map.Entry<String, Function<R, Object>>> columns) {
		Map<String, String> codes = RegistryColumns.of(registry);
		Map<String, Function<R, Object>> elements = new LinkedHashMap<>();
		columns.forEach(column -> elements.put(Objects.requireNonNull(codes.get(column.getKey()), column.getKey()),
				column.getValue()));
		return Collections.unmodifiableMap(elements);
	}

}
