package org.tongban.identity.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Staff enrol their authenticator app by scanning a QR code of the {@code otpauth://}
 * URI, on a page that needs no JavaScript (R1.3, R13.2).
 */
class TotpEnrolmentTests {

	private static final TotpSecret SECRET = TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

	private static final String ISSUER_ENCODED = "D%E5%B8%82%E6%94%BF%E5%8A%A1%E6%9C%8D%E5%8A%A1%E7%BD%91";

	@Test
	void theUriNamesThePlatformTheAccountAndTheParametersOfTheCodes() {
		TotpEnrolment enrolment = new TotpEnrolment(TotpEnrolment.ISSUER, "zhang.wei@dg.gov.cn", SECRET);

		assertThat(enrolment.uri()).isEqualTo("otpauth://totp/" + ISSUER_ENCODED + ":zhang.wei%40dg.gov.cn"
				+ "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=" + ISSUER_ENCODED
				+ "&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void spacesAndChineseAreEncodedAsUtf8PercentEscapesNotAsPlusSigns() {
		TotpEnrolment enrolment = new TotpEnrolment("D市 政务", "王 芳+1", SECRET);

		assertThat(enrolment.uri())
			.startsWith("otpauth://totp/D%E5%B8%82%20%E6%94%BF%E5%8A%A1:%E7%8E%8B%20%E8%8A%B3%2B1?")
			.contains("&issuer=D%E5%B8%82%20%E6%94%BF%E5%8A%A1&")
			.matches("[\\x21-\\x7e]+");
	}

	@Test
	void aColonInTheIssuerOrTheAccountNameIsRefusedForItSeparatesThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TotpEnrolment("D市:政务", "wangfang", SECRET));
		assertThatIllegalArgumentException().isThrownBy(() -> new TotpEnrolment(TotpEnrolment.ISSUER, "a:b", SECRET));
		assertThatIllegalArgumentException().isThrownBy(() -> new TotpEnrolment(TotpEnrolment.ISSUER, " ", SECRET));
	}

	@Test
	void aNewEnrolmentHasANewSecretUnderThePlatformsName() {
		TotpEnrolment first = TotpEnrolment.of("wangfang");
		TotpEnrolment second = TotpEnrolment.of("wangfang");

		assertThat(first.issuer()).isEqualTo("D市政务服务网");
		assertThat(first.secret()).isNotEqualTo(second.secret());
	}

	@Test
	void thePngQrCodeScansAsTheUri() throws Exception {
		TotpEnrolment enrolment = new TotpEnrolment(TotpEnrolment.ISSUER, "wangfang", SECRET);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(enrolment.qrCodePng()));

		assertThat(scanned(image)).isEqualTo(enrolment.uri());
		assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(250, 400);
	}

	@Test
	void theDataUriIsThePngForAnImgWithoutJavaScript() throws Exception {
		TotpEnrolment enrolment = new TotpEnrolment(TotpEnrolment.ISSUER, "wangfang", SECRET);

		String dataUri = enrolment.qrCodeDataUri();

		assertThat(dataUri).startsWith("data:image/png;base64,");
		byte[] png = Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()));
		assertThat(scanned(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(enrolment.uri());
	}

	@Test
	void theSvgQrCodeIsWellFormedAndDrawsTheSameModulesAsThePng() throws Exception {
		TotpEnrolment enrolment = new TotpEnrolment(TotpEnrolment.ISSUER, "wangfang", SECRET);
		BufferedImage png = ImageIO.read(new ByteArrayInputStream(enrolment.qrCodePng()));

		String svg = enrolment.qrCodeSvg();
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(svg)));

		assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
		int module = TotpEnrolment.PNG_MODULE_SIZE;
		int size = png.getWidth() / module;
		assertThat(document.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 " + size + " " + size);
		BufferedImage drawn = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(svg);
		while (run.find()) {
			for (int x = Integer.parseInt(run.group(1)); x < Integer.parseInt(run.group(1))
					+ Integer.parseInt(run.group(3)); x++) {
				drawn.setRGB(x, Integer.parseInt(run.group(2)), 0xffffff);
			}
		}
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				boolean darkInSvg = drawn.getRGB(x, y) == 0xffffffff;
				boolean darkInPng = (png.getRGB(x * module + module / 2, y * module + module / 2) & 0xffffff) == 0;
				assertThat(darkInSvg).as("module (%d, %d)", x, y).isEqualTo(darkInPng);
			}
		}
	}

	private static String scanned(BufferedImage image) throws IOException {
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
				.getText();
		}
		catch (com.google.zxing.ReaderException ex) {
			throw new IOException("not a readable QR code", ex);
		}
	}

}
