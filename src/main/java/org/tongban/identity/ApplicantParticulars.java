package org.tongban.identity;

import java.util.UUID;

import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * An applicant's own particulars in full, for filling in their own forms (R3.2): never
 * shown to anybody else. Fields that do not apply to the account's kind are null.
 *
 * @param residentId a natural person's resident ID number
 * @param mobile a natural person's mobile phone number
 * @param creditCode an enterprise's unified social credit code
 * @param legalRepresentative an enterprise's legal representative, by name
 */
public record ApplicantParticulars(UUID id, AccountKind kind, String name, ResidentIdNumber residentId,
		MobileNumber mobile, UnifiedSocialCreditCode creditCode, String legalRepresentative) {
}
