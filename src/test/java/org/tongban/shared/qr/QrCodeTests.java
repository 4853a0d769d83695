package org.tongban.shared.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tongban.support.QrCodes;

/**
 * The QR codes the platform prints (licences R6.3, receipts R15.8, enrolment R1.3) scan
 * whatever the address and the scale ({@link QrCodes} says why they are read as pure
 * barcodes: ZXing's finder alone once missed a licence's share link).
 */
class QrCodeTests {

	@Test
	void everyAddressScansAtAnyScaleOfTwoPixelsAModuleOrMore() {
		Random random = new Random(20261208);
		for (int i = 0; i < 150; i++) {
			String address = "https://zwfw.d.gov.cn/verify/" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36)
					+ "-" + random.nextInt(1_000_000);
			QrCode qr = QrCode.of(address);
			for (int pixels = 2; pixels <= 8; pixels++) {
				assertThat(QrCodes.inImage(qr.png(pixels))).as("%s at %d pixels a module", address, pixels)
					.isEqualTo(address);
			}
		}
	}

	@Test
	void theImageHasTheQuietZoneAndWholePixelsPerModule() throws IOException {
		QrCode qr = QrCode.of("https://zwfw.d.gov.cn/rate-visit?number=TB20261208000001");

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.png(4)));

		assertThat(image.getWidth()).isEqualTo(image.getHeight()).isEqualTo(qr.size() * 4);
		for (int i = 0; i < QrCode.QUIET_ZONE; i++) {
			assertThat(qr.dark(i, i)).as("quiet zone").isFalse();
		}
		assertThat(qr.dark(QrCode.QUIET_ZONE, QrCode.QUIET_ZONE)).as("the finder pattern's corner").isTrue();
	}

	@Test
	void theDataUriIsThePng() throws IOException {
		QrCode qr = QrCode.of("https://zwfw.d.gov.cn/verify/1");

		String uri = qr.pngDataUri(3);

		assertThat(uri).startsWith("data:image/png;base64,");
		assertThat(QrCodes.inImage(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))))
			.isEqualTo("https://zwfw.d.gov.cn/verify/1");
	}

	@Test
	void aTextTooLongForAnyQrCodeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> QrCode.of("x".repeat(5000)));
	}

}
