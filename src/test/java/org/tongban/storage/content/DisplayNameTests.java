package org.tongban.storage.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongban.storage.AttachmentType;

/**
 * The name an uploader gives a file is display text only: no path, no control characters,
 * a bounded length, and the extension of the file's real type (R12.2).
 */
class DisplayNameTests {

	@Test
	void onlyTheLastPartOfAPathRemains() {
		assertThat(name("../../etc/passwd", AttachmentType.PDF)).isEqualTo("passwd.pdf");
		assertThat(name("C:\\x\\y.pdf", AttachmentType.PDF)).isEqualTo("y.pdf");
		assertThat(name("/var/tmp/营业执照.PDF", AttachmentType.PDF)).isEqualTo("营业执照.PDF");
		assertThat(name("..", AttachmentType.PNG)).isEqualTo("attachment.png");
		assertThat(name(".htaccess", AttachmentType.PNG)).isEqualTo("htaccess.png");
	}

	@Test
	void controlAndInvisibleFormattingCharactersAreRemoved() {
		assertThat(name("a\r\nSet-Cookie: x\u0000\u0007\u0085.jpg", AttachmentType.JPEG))
			.isEqualTo("aSet-Cookie_ x.jpg");
		// The right-to-left override would show "invoice\u202Egpj.exe" as
		// "invoiceexe.jpg".
		assertThat(name("invoice\u202Egpj.exe", AttachmentType.JPEG)).isEqualTo("invoicegpj.exe.jpg");
		assertThat(name("\"quoted\" <name>?.pdf", AttachmentType.PDF)).isEqualTo("_quoted_ _name__.pdf");
	}

	@Test
	void theNameEndsWithTheExtensionOfTheRealType() {
		assertThat(name("x.pdf", AttachmentType.JPEG)).isEqualTo("x.pdf.jpg");
		assertThat(name("photo.JPEG", AttachmentType.JPEG)).isEqualTo("photo.JPEG");
		assertThat(name("licence", AttachmentType.OFD)).isEqualTo("licence.ofd");
	}

	@Test
	void aLongNameIsShortenedBeforeItsExtension() {
		String name = name("申".repeat(500) + ".pdf", AttachmentType.PDF);

		assertThat(name).hasSize(DisplayName.MAX_LENGTH).endsWith("申.pdf");
		String emoji = name("\uD83D\uDCC4".repeat(200), AttachmentType.PNG);
		assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(DisplayName.MAX_LENGTH);
		assertThat(emoji).startsWith("\uD83D\uDCC4").endsWith("\uD83D\uDCC4.png");
	}

	@Test
	void noNameAtAllFallsBackToAGenericOne() {
		assertThat(name(null, AttachmentType.PDF)).isEqualTo("attachment.pdf");
		assertThat(name(" \t ", AttachmentType.OFD)).isEqualTo("attachment.ofd");
		assertThat(name("dir/", AttachmentType.PNG)).isEqualTo("attachment.png");
	}

	private static String name(String untrusted, AttachmentType type) {
		return DisplayName.of(untrusted, type).value();
	}

}
