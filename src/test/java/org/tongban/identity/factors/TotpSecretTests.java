package org.tongban.identity.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A staff member's TOTP secret is 160 random bits in the Base32 of authenticator apps,
 * and it never shows itself in a log (R1.3, R12.1): the caller stores it encrypted.
 */
class TotpSecretTests {

	@Test
	void aNewSecretHas160RandomBitsIn32Base32CharactersWithoutPadding() {
		Set<String> secrets = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			TotpSecret secret = TotpSecret.generate();
			assertThat(secret.key()).hasSize(20);
			assertThat(secret.base32()).matches("[A-Z2-7]{32}");
			secrets.add(secret.base32());
		}
		assertThat(secrets).hasSize(100);
	}

	@Test
	void theBase32IsThatOfRfc4648() {
		assertThat(TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").key())
			.isEqualTo("12345678901234567890".getBytes());
		assertThat(TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").base32())
			.isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		// 17 bytes need 28 characters, the last one padded with zero bits.
		TotpSecret seventeenBytes = TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY");
		assertThat(seventeenBytes.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY");
		assertThat(seventeenBytes.key()).isEqualTo("1234567890123456".getBytes());
	}

	@Test
	void aSecretComesBackFromItsBase32AsItWas() {
		TotpSecret secret = TotpSecret.generate();

		assertThat(TotpSecret.fromBase32(secret.base32())).isEqualTo(secret).hasSameHashCodeAs(secret);
	}

	@Test
	void aSecretTypedInLowerCaseInGroupsOfFourOrWithPaddingIsRead() {
		TotpSecret secret = TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

		assertThat(TotpSecret.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(secret);
		assertThat(TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY======"))
			.isEqualTo(TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ!",
			"GEZDGNBVGY3TQOJQGEZDGNB", "" })
	void aSecretThatIsNotBase32OrShorterThan128BitsIsRefusedWithoutRepeatingIt(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> TotpSecret.fromBase32(text))
			.withMessageNotContaining("GEZDGNBV");
	}

	@Test
	void theSecretPrintsItselfHidden() {
		TotpSecret secret = TotpSecret.generate();

		assertThat(secret).hasToString("TotpSecret[hidden]");
		assertThat(TotpEnrolment.of("zhangwei").toString()).doesNotContain(secret.base32())
			.contains("TotpSecret[hidden]");
	}

}
