package org.tongban.exchange.registry;

import java.time.LocalDate;

import org.tongban.exchange.PersonSummary;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.Sex;

/**
 * A natural person as the population registry holds them. Sex and birth date are the
 * registry's own entries, not read from the number: a corrected birth date does not
 * change a number already issued.
 */
public record PersonRecord(ResidentIdNumber id, String name, Sex sex, LocalDate birthDate, String householdAddress,
		PersonStatus status) {

	public PersonSummary summary() {
		return new PersonSummary(id, name, sex, birthDate);
	}

}
