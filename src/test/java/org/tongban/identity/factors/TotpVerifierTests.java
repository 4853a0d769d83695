package org.tongban.identity.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.identity.factors.TotpRefusedException.Reason;

/**
 * Staff add a second factor, the six-digit code of an authenticator app (TOTP, RFC 6238)
 * (R1.3): the platform computes the codes the standard computes, accepts the code of the
 * current 30-second step and of the step either side, and accepts each step once.
 */
class TotpVerifierTests {

	/** The SHA-1 seed of RFC 6238, appendix B. */
	private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final TotpSecret RFC_SECRET = TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

	/** 2026-03-02 09:00:00 in Beijing, the start of a time step. */
	private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

	private static final long STEP = NOW.getEpochSecond() / 30;

	@ParameterizedTest(name = "T = {0} s gives {1}")
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void theCodesAreThoseOfRfc6238AppendixB(long seconds, String code) {
		assertThat(TotpVerifier.code(RFC_SEED, seconds / 30, 8)).isEqualTo(code);
	}

	@ParameterizedTest(name = "T = {0} s gives {1}")
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
			"20000000000, 353130" })
	void theSixDigitCodesAreTheLastSixDigitsWithTheirLeadingZeros(long seconds, String code) {
		assertThat(TotpVerifier.code(RFC_SEED, seconds / 30, 6)).isEqualTo(code);
		assertThat(verifierAt(Instant.ofEpochSecond(seconds)).verify(RFC_SECRET, code)).isEqualTo(seconds / 30);
	}

	@Test
	void theCodeOfTheCurrentStepIsAcceptedAndItsStepReturned() {
		TotpSecret secret = TotpSecret.generate();

		assertThat(verifierAt(NOW).verify(secret, codeAt(secret, STEP))).isEqualTo(STEP);
		assertThat(verifierAt(NOW.plusSeconds(29)).verify(secret, codeAt(secret, STEP))).isEqualTo(STEP);
	}

	@Test
	void theCodesOfTheStepBeforeAndTheStepAfterAreAcceptedForAClockThatIsSomeSecondsOff() {
		TotpSecret secret = TotpSecret.generate();

		assertThat(verifierAt(NOW).verify(secret, codeAt(secret, STEP - 1))).isEqualTo(STEP - 1);
		assertThat(verifierAt(NOW).verify(secret, codeAt(secret, STEP + 1))).isEqualTo(STEP + 1);
	}

	@Test
	void theCodesTwoStepsAwayAreRefused() {
		TotpSecret secret = TotpSecret.generate();

		assertRefused(() -> verifierAt(NOW).verify(secret, codeAt(secret, STEP - 2)), Reason.WRONG_CODE);
		assertRefused(() -> verifierAt(NOW).verify(secret, codeAt(secret, STEP + 2)), Reason.WRONG_CODE);
	}

	@Test
	void aCodeIsValidFromThirtySecondsBeforeItsStepToTheLastSecondOfTheStepAfter() {
		TotpSecret secret = TotpSecret.generate();
		String code = codeAt(secret, STEP);

		assertRefused(() -> verifierAt(NOW.minusSeconds(31)).verify(secret, code), Reason.WRONG_CODE);
		assertThat(verifierAt(NOW.minusSeconds(30)).verify(secret, code)).isEqualTo(STEP);
		assertThat(verifierAt(NOW.plusSeconds(59)).verify(secret, code)).isEqualTo(STEP);
		assertRefused(() -> verifierAt(NOW.plusSeconds(60)).verify(secret, code), Reason.WRONG_CODE);
	}

	@Test
	void theCodeOfAnotherSecretIsRefused() {
		assertRefused(() -> verifierAt(NOW).verify(TotpSecret.generate(), codeAt(TotpSecret.generate(), STEP)),
				Reason.WRONG_CODE);
	}

	@Test
	void aCodeIsAcceptedOnceSoThatACodeSeenByAnotherCannotBeUsedAgain() {
		TotpSecret secret = TotpSecret.generate();
		TotpVerifier verifier = verifierAt(NOW);
		long lastUsed = verifier.verify(secret, codeAt(secret, STEP));

		assertRefused(() -> verifier.verify(secret, codeAt(secret, STEP), lastUsed), Reason.REPLAYED);
	}

	@Test
	void aCodeOfAStepBeforeTheLastUsedIsRefusedToo() {
		TotpSecret secret = TotpSecret.generate();
		TotpVerifier verifier = verifierAt(NOW);
		long lastUsed = verifier.verify(secret, codeAt(secret, STEP + 1));

		assertRefused(() -> verifier.verify(secret, codeAt(secret, STEP), lastUsed), Reason.REPLAYED);
		assertRefused(() -> verifier.verify(secret, codeAt(secret, STEP - 1), lastUsed), Reason.REPLAYED);
	}

	@Test
	void theCodeOfTheNextStepIsAcceptedAfterTheLastUsed() {
		TotpSecret secret = TotpSecret.generate();
		TotpVerifier verifier = verifierAt(NOW);
		long lastUsed = verifier.verify(secret, codeAt(secret, STEP - 1));

		assertThat(verifier.verify(secret, codeAt(secret, STEP), lastUsed)).isEqualTo(STEP);
		assertThat(verifierAt(NOW.plusSeconds(30)).verify(secret, codeAt(secret, STEP + 1), STEP)).isEqualTo(STEP + 1);
	}

	@Test
	void aCodeTypedWithSpacesIsAccepted() {
		TotpSecret secret = TotpSecret.generate();
		String code = codeAt(secret, STEP);

		assertThat(verifierAt(NOW).verify(secret, " " + code.substring(0, 3) + " " + code.substring(3) + "\n"))
			.isEqualTo(STEP);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "12345", "1234567", "12345a", "12-456", "１２３４５６", "+12345", "123456789012" })
	void aCodeThatIsNotSixDigitsIsRefusedAsMalformed(String code) {
		assertRefused(() -> verifierAt(NOW).verify(TotpSecret.generate(), code), Reason.MALFORMED);
	}

	@Test
	void aRefusalDoesNotRepeatTheCode() {
		TotpSecret secret = TotpSecret.generate();
		String code = codeAt(secret, STEP - 5);

		TotpRefusedException refusal = catchThrowableOfType(TotpRefusedException.class,
				() -> verifierAt(NOW).verify(secret, code));

		assertThat(refusal.getMessage()).doesNotContain(code);
	}

	private static TotpVerifier verifierAt(Instant instant) {
		return new TotpVerifier(Clock.fixed(instant, ZoneOffset.ofHours(8)));
	}

	private static String codeAt(TotpSecret secret, long step) {
		return TotpVerifier.code(secret.key(), step, TotpVerifier.DIGITS);
	}

	private static void assertRefused(ThrowingCallable verification, Reason reason) {
		TotpRefusedException refusal = catchThrowableOfType(TotpRefusedException.class, verification);
		assertThat(refusal).as("refusal").isNotNull();
		assertThat(refusal.reason()).isEqualTo(reason);
	}

}
