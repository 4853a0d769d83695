package org.tongban.exchange.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.tongban.exchange.Registry;
import org.tongban.exchange.registry.LegalPersonRecord;
import org.tongban.exchange.registry.PersonRecord;

/**
 * The data elements (R9.1) of the base registries as the exchange API answers them
 * (R9.3), in one place so that they can be checked against the data-element dictionary:
 * each column of a registry and the code of its element. The codes are those the
 * catalogue's forms and decision rules already use ({@code IdentitySource},
 * {@code DecisionRule.Source} in the catalogue module): DE0001 name, DE0002 resident ID
 * number, DE0005 household address, DE0006 sex, DE0007 birth date, DE0009 household
 * status; DE0101 enterprise name, DE0102 credit code, DE0103 legal representative, DE0107
 * registered address, DE0110 status, DE0111 legal form, DE0112 date of establishment (the
 * representative's ID number is DE0002, as on every form).
 * <p>
 * Also which department owns, and alone publishes into, each registry (R9.2): the public
 * security bureau the population registry, the market regulation bureau the legal-person
 * registry.
 */
public final class ExchangeElements {

	/** The elements of the population registry (人口库), in the order answered. */
	public static final Map<String, Function<PersonRecord, Object>> POPULATION = population();

	/** The elements of the legal-person registry (法人库), in the order answered. */
	public static final Map<String, Function<LegalPersonRecord, Object>> LEGAL_PERSON = legalPerson();

	/** The department that owns each registry. */
	public static final Map<Registry, String> OWNERS = Map.of(Registry.POPULATION, "GAJ", Registry.LEGAL_PERSON,
			"SCJGJ");

	private static Map<String, Function<PersonRecord, Object>> population() {
		Map<String, Function<PersonRecord, Object>> elements = new LinkedHashMap<>();
		elements.put("DE0002", person -> person.id().value());
		elements.put("DE0001", PersonRecord::name);
		elements.put("DE0006", person -> person.sex().name());
		elements.put("DE0007", person -> person.birthDate().toString());
		elements.put("DE0005", PersonRecord::householdAddress);
		elements.put("DE0009", person -> person.status().name());
		return Collections.unmodifiableMap(elements);
	}

	private static Map<String, Function<LegalPersonRecord, Object>> legalPerson() {
		Map<String, Function<LegalPersonRecord, Object>> elements = new LinkedHashMap<>();
		elements.put("DE0102", legalPerson -> legalPerson.code().value());
		elements.put("DE0101", LegalPersonRecord::name);
		elements.put("DE0111", legalPerson -> legalPerson.legalForm().name());
		elements.put("DE0103", LegalPersonRecord::representativeName);
		elements.put("DE0002", legalPerson -> legalPerson.representativeId().value());
		elements.put("DE0107", LegalPersonRecord::registeredAddress);
		elements.put("DE0112", legalPerson -> legalPerson.establishedOn().toString());
		elements.put("DE0110", legalPerson -> legalPerson.status().name());
		return Collections.unmodifiableMap(elements);
	}

	private ExchangeElements() {
	}

	/**
	 * Every element code the exchange API answers, for a check against the dictionary.
	 */
	public static List<String> all() {
		return java.util.stream.Stream.concat(POPULATION.keySet().stream(), LEGAL_PERSON.keySet().stream())
			.distinct()
			.toList();
	}

}
