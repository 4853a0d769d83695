package org.tongban.identity.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tongban.identity.AccountRefusedException;

/**
 * What a password must be (R1.4), after NIST SP 800-63B rather than composition rules: 8
 * to 128 characters, not one of the commonly used passwords
 * ({@code identity/common-passwords*.txt}, see the README there), not a word of this
 * platform or its city with digits and signs around it (the demo password
 * {@code Tongban#2026} is one), not a character or short piece repeated
 * ({@code aaaaaaaa}, {@code abcabcabc}), not made of runs of the alphabet, the digits or
 * the keyboard ({@code 12345678}, {@code abcdefgh}, {@code qwertyui}, {@code qwerasdf}),
 * and not the account's own name or numbers, which others know.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	/** The longest piece whose repetition makes a password predictable. */
	static final int MAX_REPEATED_PIECE = 4;

	/**
	 * The shortest run of a sequence that counts as one: {@code ab12} is no run,
	 * {@code abc123} is two.
	 */
	static final int MIN_RUN = 3;

	/**
	 * The sequences a run is taken from, in lower case, backwards as well; the digits go
	 * round ({@code 7890123}).
	 */
	private static final List<String> SEQUENCES = List.of("abcdefghijklmnopqrstuvwxyz", "01234567890123456789",
			"`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
			"qazwsxedcrfvtgbyhnujmikolp");

	private final Set<String> common = new HashSet<>();

	private final Set<String> platformWords = new HashSet<>();

	PasswordPolicy() {
		read("identity/common-passwords.txt", common);
		read("identity/common-passwords-zh.txt", common);
		read("identity/common-passwords-platform.txt", platformWords);
	}

	/**
	 * @param personal what others know of the account: its name, log-in name, phone and
	 * ID numbers
	 * @throws AccountRefusedException for field {@code password} with the first rule
	 * broken
	 */
	public void check(String password, Collection<String> personal) {
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			throw new AccountRefusedException("password", "identity.password.tooShort", MIN_LENGTH);
		}
		if (length > MAX_LENGTH) {
			throw new AccountRefusedException("password", "identity.password.tooLong", MAX_LENGTH);
		}
		String folded = folded(password);
		if (common.contains(folded) || platformWords.contains(folded.replaceAll("[^\\p{L}]", ""))) {
			throw new AccountRefusedException("password", "identity.password.common");
		}
		if (repeated(folded)) {
			throw new AccountRefusedException("password", "identity.password.repeated");
		}
		if (madeOfRuns(folded)) {
			throw new AccountRefusedException("password", "identity.password.sequential");
		}
		if (personal.stream().anyMatch(known -> known != null && folded(known).equals(folded(password)))) {
			throw new AccountRefusedException("password", "identity.password.personal");
		}
	}

	/** Whether the text is one short piece over and over. */
	private static boolean repeated(String text) {
		for (int piece = 1; piece <= MAX_REPEATED_PIECE && piece < text.length(); piece++) {
			if (text.length() % piece == 0 && text.substring(0, piece).repeat(text.length() / piece).equals(text)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text is made of runs of sequences only, each at least {@value #MIN_RUN}
	 * long.
	 */
	private static boolean madeOfRuns(String text) {
		int start = 0;
		while (start < text.length()) {
			int end = start;
			while (end < text.length() && inSequence(text.substring(start, end + 1))) {
				end++;
			}
			if (end - start < MIN_RUN) {
				return false;
			}
			start = end;
		}
		return true;
	}

	private static boolean inSequence(String piece) {
		String backwards = new StringBuilder(piece).reverse().toString();
		return SEQUENCES.stream().anyMatch(sequence -> sequence.contains(piece) || sequence.contains(backwards));
	}

	private static void read(String list, Set<String> into) {
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(list).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty())
				.map(PasswordPolicy::folded)
				.forEach(into::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the common passwords " + list, ex);
		}
	}

	private static String folded(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
