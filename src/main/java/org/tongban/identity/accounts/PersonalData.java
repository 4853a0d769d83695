package org.tongban.identity.accounts;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongban.shared.crypto.BlindIndex;
import org.tongban.shared.crypto.FieldCipher;

/**
 * Seals the personal numbers of accounts, opens them, and gives the terms to find them by
 * (R12.1).
 */
@Component
public class PersonalData {

	private final FieldCipher cipher;

	private final BlindIndex index;

	PersonalData(FieldCipher cipher, BlindIndex index) {
		this.cipher = cipher;
		this.index = index;
	}

	/**
	 * @param canonicalValue the value of an identifier type, e.g.
	 * {@code MobileNumber.value()}
	 */
	public Sealed seal(String canonicalValue) {
		return new Sealed(cipher.encrypt(canonicalValue), index.of(canonicalValue));
	}

	public String open(Sealed sealed) {
		return cipher.decrypt(sealed.ciphertext());
	}

	/**
	 * The blind indexes under which the value may be stored, for
	 * {@code ... blind_index in (:terms)}.
	 */
	List<String> searchTerms(String canonicalValue) {
		return index.searchTerms(canonicalValue);
	}

}
