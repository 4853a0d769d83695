package org.tongban.exchange;

import java.time.LocalDate;

import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.Sex;

/**
 * What the population registry confirms of a verified person: no more than an account
 * needs. The name is the registered one, which may differ from what the applicant typed
 * in spaces or the form of a middle dot.
 */
public record PersonSummary(ResidentIdNumber id, String name, Sex sex, LocalDate birthDate) {
}
