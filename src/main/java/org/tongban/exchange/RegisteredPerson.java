package org.tongban.exchange;

import java.time.LocalDate;

import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.Sex;

/**
 * A natural person as the population registry holds them, for the person's own use
 * (R3.2).
 *
 * @param status the household registration's status: {@code NORMAL}, {@code DECEASED} or
 * {@code CANCELLED}
 */
public record RegisteredPerson(ResidentIdNumber id, String name, Sex sex, LocalDate birthDate, String householdAddress,
		String status) {
}
