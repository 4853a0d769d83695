package org.tongban.identity.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tongban.identity.AccountRefusedException;

/**
 * What a password must be (R1.4), after NIST SP 800-63B rather than composition rules: 8 to 128 characters, not one
 * of the commonly used passwords ({@code identity/common-passwords*.txt}, see the README there), and not the
 * account's own name or numbers, which others know.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private static final String[] COMMON_PASSWORD_LISTS = { "identity/common-passwords.txt",
			"identity/common-passwords-zh.txt" };

	private final Set<String> common = new HashSet<>();

	PasswordPolicy() {
		for (String list : COMMON_PASSWORD_LISTS) {
			try (var reader = new BufferedReader(
					new InputStreamReader(new ClassPathResource(list).getInputStream(), StandardCharsets.UTF_8))) {
				reader.lines().map(String::strip).filter(line -> !line.isEmpty()).map(PasswordPolicy::folded)
					.forEach(common::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the common passwords " + list, ex);
			}
		}
	}

	/**
	 * @param personal what others know of the account: its name, log-in name, phone and ID numbers
	 * @throws AccountRefusedException for field {@code password} with the first rule broken
	 */
	public void check(String password, Collection<String> personal) {
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			throw new AccountRefusedException("password", "identity.password.tooShort", MIN_LENGTH);
		}
		if (length > MAX_LENGTH) {
			throw new AccountRefusedException("password", "identity.password.tooLong", MAX_LENGTH);
		}
		if (common.contains(folded(password))) {
			throw new AccountRefusedException("password", "identity.password.common");
		}
		if (personal.stream().anyMatch(known -> known != null && folded(known).equals(folded(password)))) {
			throw new AccountRefusedException("password", "identity.password.personal");
		}
	}

	private static String folded(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
