package org.tongban.identity.login;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.Credentials;
import org.tongban.identity.factors.CertificateChallenge;
import org.tongban.identity.factors.CertificateChallengeStore;
import org.tongban.identity.factors.CertificateLoginException;
import org.tongban.identity.factors.CertificateLoginProperties;
import org.tongban.identity.factors.CertificateLoginVerifier;
import org.tongban.identity.factors.VerifiedCertificate;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Log-in with a CA digital certificate (R1.3, R12.6) for applicants: the holder signs a
 * challenge with the key of a certificate of a trusted CA
 * ({@code tongban.identity.ca.*}), and the resident ID number or credit code in the
 * certificate finds their account through the blind index (R12.1). Every refusal is the
 * generic {@link LoginRefusedException}; the log keeps the precise reason, which names
 * the certificate by issuer and serial number only. Issuing a challenge and logging in
 * each count as a log-in attempt of the client address. Staff log in with password and
 * second factor, not with a certificate. Where no CA is configured, the certificate
 * log-in does not exist (404).
 */
@Service
public class CertificateLogin {

	static final String ACTION = "login.certificate";

	private static final Logger log = LoggerFactory.getLogger(CertificateLogin.class);

	private final ObjectProvider<CertificateLoginVerifier> verifier;

	private final AccountDirectory directory;

	private final Credentials credentials;

	private final LoginThrottle throttle;

	private final Audit audit;

	CertificateLogin(ObjectProvider<CertificateLoginVerifier> verifier, AccountDirectory directory,
			Credentials credentials, LoginThrottle throttle, Audit audit) {
		this.audit = audit;
		this.verifier = verifier;
		this.directory = directory;
		this.credentials = credentials;
		this.throttle = throttle;
	}

	/**
	 * @throws TooManyAttemptsException when the client address has used up its attempts
	 */
	public CertificateChallenge challenge(String clientAddress) {
		CertificateLoginVerifier certificates = verifier();
		throttle.attempt(clientAddress);
		return certificates.issueChallenge();
	}

	/**
	 * @param certificate the certificate in PEM, as pasted into a form or sent in JSON
	 * @param signature the signature over the challenge's text, in Base64
	 * @throws TooManyAttemptsException when the client address has used up its attempts
	 * @throws LoginRefusedException whatever was wrong: the challenge, the certificate,
	 * the signature, no applicant account of the certificate's number, or a disabled
	 * account. Failed password log-ins do not matter here: the certificate's key is a
	 * proof of its own
	 */
	public Actor logIn(String nonce, String certificate, String signature, String clientAddress) {
		throttle.attempt(clientAddress);
		Optional<VerifiedCertificate> checked = verified(nonce, certificate, signature);
		if (checked.isEmpty()) {
			throw refused("certificate");
		}
		VerifiedCertificate verified = checked.get();
		Optional<Actor> actor = holder(verified);
		if (actor.isEmpty()) {
			log.info("Certificate log-in refused: no enabled applicant account for {}", verified);
			throw refused("account");
		}
		audit.succeeded(actor.get().audited(), ACTION, PasswordLogin.ACCOUNT, actor.get().id(), null);
		return actor.get();
	}

	/**
	 * The enabled applicant account that the resident ID number or credit code in the
	 * certificate names: whom the certificate logs in, and whose signature it makes
	 * (R5.5).
	 */
	public Optional<Actor> holder(VerifiedCertificate verified) {
		return verified.residentIdNumber()
			.map(ResidentIdNumber::value)
			.or(() -> verified.creditCode().map(UnifiedSocialCreditCode::value))
			.flatMap(directory::findByLogInName)
			.filter(this::enabled)
			.flatMap(directory::actor)
			.filter(found -> found.kind() != AccountKind.STAFF);
	}

	/**
	 * Records the refusal without the certificate's number, which is personal.
	 * @param reason what was wrong: the certificate or signature, or no account
	 */
	private LoginRefusedException refused(String reason) {
		audit.failed(AuditActor.ANONYMOUS, ACTION, PasswordLogin.ACCOUNT, PasswordLogin.UNKNOWN, reason);
		return new LoginRefusedException();
	}

	/**
	 * The certificate whose key signed the challenge, as a log-in checks it, for a
	 * registration that a certificate proves (R1.6); empty, with the reason in the log,
	 * whatever was wrong.
	 */
	public Optional<VerifiedCertificate> verified(String nonce, String certificate, String signature) {
		try {
			return Optional.of(verifier().verify(nonce, encoded(certificate), decoded(signature)));
		}
		catch (CertificateLoginException ex) {
			log.info("Certificate refused: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Verifies that the key of a trusted certificate signed the data, with the checks of
	 * a log-in but the challenge's: for a text a certificate holder signs (R5.5).
	 * @param certificate the certificate in PEM, as pasted into a form or sent in JSON
	 * @param signature the signature over the data, as the signing tool wrote it
	 * @throws CertificateLoginException with the first reason found
	 * @throws NotFoundException where no CA is configured
	 */
	public VerifiedCertificate verifySignature(String certificate, byte[] data, byte[] signature) {
		return verifier().verifySignature(encoded(certificate), data, signature);
	}

	private static byte[] encoded(String pem) {
		return pem == null ? new byte[0] : pem.strip().getBytes(StandardCharsets.US_ASCII);
	}

	/** Whether certificates are trusted at all: some CA is configured. */
	public boolean isOffered() {
		return verifier.getIfAvailable() != null;
	}

	/**
	 * Not Base64 is no signature, which the verifier refuses after using up the
	 * challenge.
	 */
	private static byte[] decoded(String base64) {
		try {
			return Base64.getMimeDecoder().decode(base64 == null ? "" : base64.strip());
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	private boolean enabled(UUID account) {
		return credentials.find(account).filter(state -> !state.disabled()).isPresent();
	}

	private CertificateLoginVerifier verifier() {
		CertificateLoginVerifier certificates = verifier.getIfAvailable();
		if (certificates == null) {
			throw new NotFoundException("identity.certificate.off");
		}
		return certificates;
	}

	/** The verifier, where {@code tongban.identity.ca.trusted} names the trusted CAs. */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CertificateLoginProperties.class)
	static class Verifier {

		@Bean
		@ConditionalOnProperty("tongban.identity.ca.trusted")
		CertificateLoginVerifier certificateLoginVerifier(CertificateLoginProperties properties,
				CertificateChallengeStore challenges, Clock clock) {
			return properties.verifier(challenges, clock);
		}

	}

}
