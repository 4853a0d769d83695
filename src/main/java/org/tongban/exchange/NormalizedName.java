package org.tongban.exchange;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A name in the form in which two writings of it are compared: the registry's and the
 * applicant's must be equal once both are normalized, and nothing more is forgiven.
 * Normalizing folds what input methods and fonts vary and the registry cannot mean
 * differently:
 * <ul>
 * <li>full-width and half-width forms (Unicode NFKC): {@code （）} and {@code ()},
 * {@code ＡＢＣ} and {@code ABC}, the ideographic space and the space;</li>
 * <li>the middle dot of minority names (阿依古丽·买买提), which is typed as {@code ·},
 * {@code •}, {@code ・}, {@code ‧}, {@code ∙} or {@code ⋅};</li>
 * <li>spaces: none at the ends, and inside only one between two Latin letters or digits,
 * since Chinese is written without spaces ({@code 张 伟} is {@code 张伟},
 * {@code D市ABC Trading有限公司} keeps its space).</li>
 * </ul>
 */
record NormalizedName(String value) {

	private static final Pattern MIDDLE_DOTS = Pattern.compile("[\u00B7\u2022\u2027\u2219\u22C5\u30FB]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern SPACE_NOT_BETWEEN_LATIN = Pattern.compile(" (?![A-Za-z0-9])|(?<![A-Za-z0-9]) ");

	static NormalizedName of(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
		String dotted = MIDDLE_DOTS.matcher(folded).replaceAll("\u00B7");
		String spaced = SPACES.matcher(dotted).replaceAll(" ").strip();
		return new NormalizedName(SPACE_NOT_BETWEEN_LATIN.matcher(spaced).replaceAll(""));
	}

	boolean sameAs(String otherName) {
		return equals(of(otherName));
	}

}
