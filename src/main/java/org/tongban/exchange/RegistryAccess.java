package org.tongban.exchange;

import java.time.Instant;

import org.tongban.shared.LocalizedText;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * One read of a base registry, as the access log keeps it (R9.3, R16.1): a read of the
 * platform's own modules, or a request of another department's system through the
 * exchange API.
 *
 * @param accessedAt when
 * @param caller who read, as {@link AccessPurpose#caller()}
 * @param registry which registry
 * @param personMasked the masked ID number of the person whose data was read, or
 * {@code null} if none was: for a legal person, that of its registered representative
 * @param legalPerson the legal person whose record was read, or {@code null}
 * @param purpose why, as the caller declared it
 * @param caseReference the case the read served, or {@code null}
 * @param refusal how the registry refused, or {@code null} if it confirmed what the
 * caller asked
 * @param departmentCode the department whose system asked through the exchange API, or
 * {@code null} for the platform's own reads
 * @param outcome {@code ANSWERED} or {@code REFUSED} for a request of the exchange API,
 * or {@code null} for the platform's own reads
 */
public record RegistryAccess(Instant accessedAt, String caller, Registry registry, String personMasked,
		UnifiedSocialCreditCode legalPerson, LocalizedText purpose, String caseReference, Refusal refusal,
		String departmentCode, String outcome) {

	/** A read of the platform's own modules. */
	public RegistryAccess(Instant accessedAt, String caller, Registry registry, String personMasked,
			UnifiedSocialCreditCode legalPerson, LocalizedText purpose, String caseReference, Refusal refusal) {
		this(accessedAt, caller, registry, personMasked, legalPerson, purpose, caseReference, refusal, null, null);
	}

	/**
	 * Whether the reader was given what it asked for: an exchange request answered, or a
	 * read the registry confirmed.
	 */
	public boolean answered() {
		return outcome == null ? refusal == null : "ANSWERED".equals(outcome);
	}

}
