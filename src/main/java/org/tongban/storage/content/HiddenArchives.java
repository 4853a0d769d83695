package org.tongban.storage.content;

import java.util.Arrays;
import java.util.List;

/**
 * Finds an archive hidden inside a file of another type, a polyglot: a PDF or an image
 * that an archiver also opens, so that it carries files past the checks of its outer
 * type. A ZIP is found by its end-of-central-directory record, which archivers look for
 * from the end whatever comes before, or by a local file header; both only where their
 * fields make sense, so that the same four bytes by chance in compressed data (some once
 * in 4 GB) are not mistaken for one. RAR and 7z are found by their six-byte signatures.
 */
final class HiddenArchives {

	static final byte[] RAR = { 'R', 'a', 'r', '!', 0x1A, 0x07 };

	static final byte[] SEVEN_ZIP = { '7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C };

	private static final List<byte[]> SIGNATURES = List.of(RAR, SEVEN_ZIP);

	private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

	private static final int LOCAL_FILE_HEADER = 0x04034b50;

	private static final int END_RECORD_LENGTH = 22;

	private static final int LOCAL_HEADER_LENGTH = 30;

	/** Stored, deflated, bzip2, LZMA, Zstandard, XZ, PPMd and AES-encrypted entries. */
	private static final List<Integer> COMPRESSION_METHODS = List.of(0, 8, 9, 12, 14, 93, 95, 98, 99);

	private static final int LONGEST_NAME = 4096;

	private static final long ZIP64 = 0xFFFFFFFFL;

	private HiddenArchives() {
	}

	static boolean within(byte[] file) {
		for (int at = 0; at + 4 <= file.length; at++) {
			// Most bytes start none of them: looked at closer only when they might.
			byte first = file[at];
			if (first == 'P' && isZipRecord(file, at)
					|| (first == 'R' || first == '7') && startsWithSignature(file, at)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isZipRecord(byte[] file, int at) {
		int signature = (int) littleEndian(file, at, 4);
		return signature == END_OF_CENTRAL_DIRECTORY && isEndRecord(file, at)
				|| signature == LOCAL_FILE_HEADER && isLocalHeader(file, at);
	}

	/**
	 * One disk, as many entries on it as in all, the directory before the record (or
	 * sizes left to ZIP64).
	 */
	private static boolean isEndRecord(byte[] file, int at) {
		if (at + END_RECORD_LENGTH > file.length) {
			return false;
		}
		long directorySize = littleEndian(file, at + 12, 4);
		long directoryOffset = littleEndian(file, at + 16, 4);
		return littleEndian(file, at + 4, 2) == littleEndian(file, at + 6, 2)
				&& littleEndian(file, at + 8, 2) == littleEndian(file, at + 10, 2)
				&& (directorySize == ZIP64 || directoryOffset == ZIP64 || directoryOffset + directorySize <= at);
	}

	/**
	 * A version an archiver knows, a compression method, and a name of printable
	 * characters.
	 */
	private static boolean isLocalHeader(byte[] file, int at) {
		if (at + LOCAL_HEADER_LENGTH > file.length) {
			return false;
		}
		int nameLength = (int) littleEndian(file, at + 26, 2);
		if (littleEndian(file, at + 4, 2) > 63 || !COMPRESSION_METHODS.contains((int) littleEndian(file, at + 8, 2))
				|| nameLength < 1 || nameLength > LONGEST_NAME || at + LOCAL_HEADER_LENGTH + nameLength > file.length) {
			return false;
		}
		for (int i = at + LOCAL_HEADER_LENGTH; i < at + LOCAL_HEADER_LENGTH + nameLength; i++) {
			if ((file[i] & 0xFF) < 0x20 || file[i] == 0x7F) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWithSignature(byte[] file, int at) {
		for (byte[] signature : SIGNATURES) {
			if (at + signature.length <= file.length
					&& Arrays.equals(file, at, at + signature.length, signature, 0, signature.length)) {
				return true;
			}
		}
		return false;
	}

	private static long littleEndian(byte[] bytes, int at, int length) {
		long value = 0;
		for (int i = length - 1; i >= 0; i--) {
			value = value << 8 | bytes[at + i] & 0xFF;
		}
		return value;
	}

}
