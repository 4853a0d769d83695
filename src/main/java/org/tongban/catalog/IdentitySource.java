package org.tongban.catalog;

import java.util.Set;

/**
 * Where the answer to a field of a form is taken from because the platform has verified
 * it: the applicant's own identity, never taken back from the form (R1.6, R3.2). The form
 * definition marks such a field, and its data element (R9.1) says which particular of the
 * source it holds; a field without a mark is the applicant's to answer.
 */
public enum IdentitySource {

	/**
	 * The applicant's account, verified at registration: a person's name, resident ID
	 * number and mobile, an enterprise's name, credit code and legal representative.
	 */
	ACCOUNT("DE0001", "DE0002", "DE0003", "DE0101", "DE0102", "DE0103"),
	/**
	 * The population registry (人口库): a person's sex, birth date and household address.
	 */
	POPULATION_REGISTRY("DE0005", "DE0006", "DE0007"),
	/**
	 * The legal-person registry (法人库): an enterprise's name, credit code, legal
	 * representative and their resident ID number, and its registered address.
	 */
	LEGAL_PERSON_REGISTRY("DE0101", "DE0102", "DE0103", "DE0002", "DE0107");

	private final Set<String> dataElements;

	IdentitySource(String... dataElements) {
		this.dataElements = Set.of(dataElements);
	}

	/**
	 * Whether the source holds a value of this data element, so that a form can take the
	 * field from it.
	 */
	public boolean holds(String dataElement) {
		return dataElements.contains(dataElement);
	}

	/** The data elements the source holds. */
	public Set<String> dataElements() {
		return dataElements;
	}

}
