package org.tongban.licence.registry;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.tongban.application.Application;
import org.tongban.application.CaseFiles;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.Refusal;
import org.tongban.exchange.Registry;
import org.tongban.exchange.RegistryAccessLog;
import org.tongban.identity.Actor;
import org.tongban.licence.internal.HeldLicenceDirectory;
import org.tongban.licence.internal.LicenceRecord;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * The base registry of e-licences for the departments (电子证照库, R15.10): staff of any
 * department read a licence by its id, or an enterprise's licences by its credit code,
 * for a case of their own department that they name with the purpose of the read. Every
 * read is logged in the data exchange's access log like any registry read (who, which
 * department, why, for which case, whose record; R9.3, R16.1) and audited there; a read
 * that found nothing by id names nobody and is audited only. Applicants are refused.
 */
@Service
public class LicenceRegistry {

	private static final Pattern LICENCE_ID = Pattern.compile("DZZZ-[0-9A-Z]{26}");

	private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

	private static final int MIN_PURPOSE = 2;

	private static final int MAX_PURPOSE = 200;

	private final HeldLicenceDirectory directory;

	private final CaseFiles caseFiles;

	private final RegistryAccessLog accessLog;

	private final Audit audit;

	LicenceRegistry(HeldLicenceDirectory directory, CaseFiles caseFiles, RegistryAccessLog accessLog, Audit audit) {
		this.directory = directory;
		this.caseFiles = caseFiles;
		this.accessLog = accessLog;
		this.audit = audit;
	}

	/**
	 * A licence by its id.
	 * @throws NotFoundException if no licence has the id
	 * @throws InvalidParameterException for a missing or malformed purpose or case, or a
	 * case not of the staff member's departments
	 * @throws RefusedException (403) for an applicant
	 */
	public RegistryLicence licence(Actor staff, String id, String purpose, String caseNumber) {
		AccessPurpose why = purpose(staff, purpose, caseNumber);
		String normalized = id == null ? "" : id.strip().toUpperCase(java.util.Locale.ROOT);
		Optional<LicenceRecord> found = LICENCE_ID.matcher(normalized).matches() ? directory.find(normalized)
				: Optional.empty();
		if (found.isEmpty()) {
			audit.failed(staff.audited(), "licence.registry.read", "licence",
					LICENCE_ID.matcher(normalized).matches() ? normalized : "-", "NOT_FOUND " + why.caseReference());
			throw new NotFoundException("licence.registry.notFound");
		}
		LicenceRecord licence = found.get();
		accessLog.record(Registry.LICENCE, why,
				licence.holderIsPerson() ? ResidentIdNumber.parse(licence.holderNumber()) : null,
				licence.holderIsPerson() ? null : UnifiedSocialCreditCode.parse(licence.holderNumber()), null);
		return RegistryLicence.of(licence, directory.status(licence));
	}

	/**
	 * The licences of an enterprise, the newest first, optionally of one type.
	 * @throws InvalidParameterException for a credit code that is none, a malformed type,
	 * or a missing or malformed purpose or case
	 * @throws RefusedException (403) for an applicant
	 */
	public List<RegistryLicence> ofEnterprise(Actor staff, String creditCode, String type, String purpose,
			String caseNumber) {
		AccessPurpose why = purpose(staff, purpose, caseNumber);
		UnifiedSocialCreditCode code;
		try {
			code = UnifiedSocialCreditCode.parse(creditCode == null ? "" : creditCode.strip());
		}
		catch (InvalidIdentifierException ex) {
			throw new InvalidParameterException("creditCode", "licence.registry.creditCode");
		}
		String licenceType = type == null || type.isBlank() ? null : type.strip();
		if (licenceType != null && !TYPE.matcher(licenceType).matches()) {
			throw new InvalidParameterException("type", "licence.registry.type");
		}
		List<RegistryLicence> licences = directory.ofEnterprise(code, licenceType)
			.stream()
			.map(licence -> RegistryLicence.of(licence, directory.status(licence)))
			.toList();
		accessLog.record(Registry.LICENCE, why, null, code, licences.isEmpty() ? Refusal.NOT_FOUND : null);
		return licences;
	}

	/**
	 * Why staff read: a purpose in words and a case of one of their departments, which
	 * the access log names with the reader and the department.
	 */
	private AccessPurpose purpose(Actor staff, String purpose, String caseNumber) {
		if (staff == null || !staff.isStaff()) {
			throw new RefusedException(org.tongban.shared.Refusal.FORBIDDEN, "licence.registry.staffOnly");
		}
		String why = purpose == null ? "" : purpose.strip();
		if (why.length() < MIN_PURPOSE || why.length() > MAX_PURPOSE || why.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidParameterException("purpose", "licence.registry.purpose", MIN_PURPOSE, MAX_PURPOSE);
		}
		String number = caseNumber == null ? "" : caseNumber.strip();
		if (number.isEmpty()) {
			throw new InvalidParameterException("caseNumber", "licence.registry.case.missing");
		}
		// Another department's case is not told apart from an unknown one.
		Application served = (number.length() > 64 ? Optional.<Application>empty() : caseFiles.byNumber(number))
			.filter(application -> staff.departments().contains(application.departmentCode()))
			.orElseThrow(() -> new InvalidParameterException("caseNumber", "licence.registry.case.unknown"));
		return new AccessPurpose("licence-registry:" + served.departmentCode() + ":" + staff.id(),
				LocalizedText.of(why, why), served.number());
	}

}
