package org.tongban.licence.registry;

import java.time.LocalDate;
import java.util.List;

import org.tongban.licence.LicenceStatus;
import org.tongban.licence.internal.LicenceRecord;
import org.tongban.licence.internal.PrintedValue;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.identifiers.ResidentIdNumber;

/**
 * A licence as the base registry of e-licences gives it to a department (R15.10): what it
 * states and its status today, so that nobody is asked for it on paper. A natural
 * person's ID number is given masked: the department knows its applicant.
 *
 * @param holderNumber an enterprise's credit code, or a person's ID number masked
 */
public record RegistryLicence(String id, String type, LocalizedText name, LicenceStatus status, String holderName,
		boolean holderIsPerson, String holderNumber, String departmentCode, LocalDate validFrom, LocalDate validUntil,
		List<PrintedValue> printed, LocalDate revokedOn, String revocationReasons) {

	static RegistryLicence of(LicenceRecord licence, LicenceStatus status) {
		return new RegistryLicence(licence.id(), licence.type(), licence.name(), status, licence.holderName(),
				licence.holderIsPerson(),
				licence.holderIsPerson() ? ResidentIdNumber.parse(licence.holderNumber()).masked()
						: licence.holderNumber(),
				licence.departmentCode(), licence.validFrom(), licence.validUntil(), licence.printed(),
				licence.revokedOn(), licence.revocationReasons());
	}

}
