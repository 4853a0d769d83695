package org.tongban.exchange;

import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Whom a credit record is about: a natural person by resident ID number, or a legal
 * person by unified social credit code; exactly one of the two.
 */
public record CreditSubject(ResidentIdNumber person, UnifiedSocialCreditCode legalPerson) {

	public CreditSubject {
		if ((person == null) == (legalPerson == null)) {
			throw new IllegalArgumentException("A credit record is about a person or a legal person");
		}
	}

	public static CreditSubject of(ResidentIdNumber person) {
		return new CreditSubject(person, null);
	}

	public static CreditSubject of(UnifiedSocialCreditCode legalPerson) {
		return new CreditSubject(null, legalPerson);
	}

}
