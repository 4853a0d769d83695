package org.tongban.exchange.registry;

import java.util.List;

import org.tongban.exchange.Refusal;
import org.tongban.exchange.Registry;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * One request of the data-exchange API as the access log keeps it (R9.3, R16.1): which
 * client of which department asked for whose record, which data elements, for which
 * purpose and case, and how it ended.
 *
 * @param person whose personal data was asked for, or {@code null}
 * @param legalPerson whose record was asked for, or {@code null}
 * @param purpose the purpose code the request named, or {@code null} if it named none
 * @param purposeText the purpose in words of the grant that answered it, which the data
 * subject is shown (R16.1), or {@code null} when no grant was used: the code is shown
 * @param elements the codes of the data elements answered (or written), none if refused
 * @param requestDigest SHA-256 (hex) of the request
 * @param answerDigest SHA-256 (hex) of the answer's body, {@code null} if refused
 * @param refusal why it was refused, {@code null} if answered
 */
public record ExchangeLogEntry(Registry registry, String clientId, String departmentCode, ResidentIdNumber person,
		UnifiedSocialCreditCode legalPerson, String purpose, String caseNumber, List<String> elements,
		String requestDigest, String answerDigest, long latencyMs, Refusal refusal, String purposeText) {

	/** A request that no grant answered: its purpose is told by its code. */
	public ExchangeLogEntry(Registry registry, String clientId, String departmentCode, ResidentIdNumber person,
			UnifiedSocialCreditCode legalPerson, String purpose, String caseNumber, List<String> elements,
			String requestDigest, String answerDigest, long latencyMs, Refusal refusal) {
		this(registry, clientId, departmentCode, person, legalPerson, purpose, caseNumber, elements, requestDigest,
				answerDigest, latencyMs, refusal, null);
	}

	/** ANSWERED or REFUSED, as the column {@code outcome} holds it. */
	public String outcome() {
		return refusal == null ? "ANSWERED" : "REFUSED";
	}

}
