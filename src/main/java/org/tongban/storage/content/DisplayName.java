package org.tongban.storage.content;

import java.text.Normalizer;

import org.tongban.storage.AttachmentType;

/**
 * The name an uploader gave a file, reduced to display text (R12.2): the last part of any
 * path, without control or invisible formatting characters (such as the right-to-left
 * override that makes {@code gpj.exe} look like {@code exe.jpg}), at most
 * {@value #MAX_LENGTH} characters, and ending with the extension of the file's real type,
 * so that a download opens in the right program. It is never used to build a path.
 */
public record DisplayName(String value) {

	public static final int MAX_LENGTH = 120;

	private static final String FALLBACK = "attachment";

	/**
	 * Characters that Windows does not allow in a file name, which a browser would
	 * otherwise replace its own way.
	 */
	private static final String RESERVED = "<>:\"|?*";

	public static DisplayName of(String untrusted, AttachmentType type) {
		String name = lastPathPart(Normalizer.normalize(untrusted == null ? "" : untrusted, Normalizer.Form.NFC));
		StringBuilder text = new StringBuilder();
		name.codePoints()
			.filter(DisplayName::isVisible)
			.forEach(character -> text.appendCodePoint(RESERVED.indexOf(character) >= 0 ? '_' : character));
		String base = text.toString().strip().replaceFirst("^[.\\s]+", "");
		String extension = "." + type.extension();
		if (!type.isExtensionOf(base)) {
			base = base + extension;
		}
		if (base.equals(extension)) {
			base = FALLBACK + extension;
		}
		return new DisplayName(shortened(base));
	}

	private static String lastPathPart(String name) {
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	}

	private static boolean isVisible(int character) {
		int kind = Character.getType(character);
		return kind != Character.CONTROL && kind != Character.FORMAT && kind != Character.LINE_SEPARATOR
				&& kind != Character.PARAGRAPH_SEPARATOR && kind != Character.UNASSIGNED
				&& kind != Character.PRIVATE_USE && kind != Character.SURROGATE;
	}

	/** Cuts the name before its extension, by whole characters. */
	private static String shortened(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = name.substring(dot);
		String base = name.substring(0, dot);
		int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
		return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
	}

}
