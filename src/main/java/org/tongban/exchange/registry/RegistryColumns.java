package org.tongban.exchange.registry;

import java.util.EnumMap;
import java.util.Map;

import org.tongban.exchange.Registry;

/**
 * The data element (R9.1) each column of a base registry holds, so that the exchange API
 * answers in the dictionary's codes and the dictionary check finds every column's code.
 */
public final class RegistryColumns {

	private static final Map<Registry, Map<String, String>> COLUMNS = new EnumMap<>(Map.of(
			// exchange_person
			Registry.POPULATION,
			Map.of("resident_id", "DE0002", "name", "DE0001", "sex", "DE0006", "birth_date", "DE0007",
					"household_address", "DE0005", "status", "DE0009"),
			// exchange_legal_person
			Registry.LEGAL_PERSON,
			Map.of("credit_code", "DE0102", "name", "DE0101", "legal_form", "DE0111", "representative_name", "DE0103",
					"representative_id", "DE0002", "registered_address", "DE0107", "established_on", "DE0112", "status",
					"DE0110"),
			// the kinds of the credit records in force
			Registry.CREDIT, Map.of("kind", "DE0601"),
			// the licences the licence module keeps
			Registry.LICENCE,
			Map.of("number", "DE0701", "type", "DE0702", "valid_until", "DE0703", "status", "DE0704")));

	private RegistryColumns() {
	}

	/** The columns of a registry and the data element of each. */
	public static Map<String, String> of(Registry registry) {
		return COLUMNS.get(registry);
	}

}
