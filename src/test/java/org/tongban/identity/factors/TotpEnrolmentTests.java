package org.tongban.identity.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.tongban.support.QrCodes;

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
	void theQrCodeIsAPngDataUriForAnImgWithoutJavaScriptThatScansAsTheUri() {
		TotpEnrolment enrolment = new TotpEnrolment(TotpEnrolment.ISSUER, "wangfang", SECRET);

		String dataUri = enrolment.qrCodeDataUri();

		assertThat(dataUri).startsWith("data:image/png;base64,");
		assertThat(QrCodes.inImage(Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()))))
			.isEqualTo(enrolment.uri());
	}

}
