package org.tongban.identity;

import java.util.Base64;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.tongban.identity.factors.CertificateLoginException;
import org.tongban.identity.factors.VerifiedCertificate;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.CertificateLogin;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * Signing a text with the CA certificate one logged in with (R1.3), as an applicant signs
 * an informed commitment (R5.5): offered only to the actor of a log-in made with a
 * certificate, as the log-in recorded it. The certificate and the signature get the
 * checks of a certificate log-in (trusted issuer, validity now, revocation, key usage,
 * algorithm, signature), and the certificate must name the signer's own account, as it
 * would log them in. Unlike a log-in, a refusal says why: the signer has proved who they
 * are already.
 */
@Service
public class CertificateSignatures {

	static final String PREFIX = "identity.certificateSignature.";

	private final CertificateLogin certificateLogin;

	CertificateSignatures(CertificateLogin certificateLogin) {
		this.certificateLogin = certificateLogin;
	}

	/**
	 * Whether the actor may sign with a certificate: certificates are trusted, and the
	 * actor of this request logged in with one.
	 */
	public boolean offeredTo(Actor actor) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return certificateLogin.isOffered() && authentication instanceof ActorAuthentication logIn
				&& logIn.getPrincipal().id().equals(actor.id())
				&& logIn.method().filter(LogInMethod.CERTIFICATE::equals).isPresent();
	}

	/**
	 * Verifies the signer's signature of the data.
	 * @param data the bytes signed, as the caller defines them
	 * @param certificate the signer's certificate in PEM
	 * @param signature the signature in Base64 (DER for SM2 and ECDSA)
	 * @return the certificate and the signature, as verified
	 * @throws RefusedException (403) where the signer did not log in with a certificate
	 * @throws InvalidParameterException naming {@code certificate} or {@code signature}
	 * with why it is refused: malformed, untrusted, not valid now, revoked, not for
	 * signatures, an unsupported key, a signature of something else or by another key, or
	 * the certificate of someone else
	 */
	public CertificateSignature verify(Actor signer, byte[] data, String certificate, String signature) {
		if (!offeredTo(signer)) {
			throw new RefusedException(Refusal.FORBIDDEN, PREFIX + "notOffered");
		}
		byte[] signed = decoded(signature)
			.orElseThrow(() -> new InvalidParameterException("signature", PREFIX + "signatureMalformed"));
		VerifiedCertificate verified;
		try {
			verified = certificateLogin.verifySignature(certificate, data, signed);
		}
		catch (CertificateLoginException ex) {
			throw new InvalidParameterException(
					ex.reason() == CertificateLoginException.Reason.BAD_SIGNATURE ? "signature" : "certificate",
					PREFIX + ex.reason().name());
		}
		if (certificateLogin.holder(verified).filter(holder -> holder.id().equals(signer.id())).isEmpty()) {
			throw new InvalidParameterException("certificate", PREFIX + "notYours");
		}
		return new CertificateSignature(verified.serialNumberHex(), verified.issuer(), verified.subject(),
				verified.algorithm().name(), Base64.getEncoder().encodeToString(signed));
	}

	/** The bytes of Base64 as signing tools write it, with or without line breaks. */
	private static Optional<byte[]> decoded(String base64) {
		try {
			return Optional.ofNullable(base64)
				.map(text -> Base64.getMimeDecoder().decode(text.strip()))
				.filter(bytes -> bytes.length > 0);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
