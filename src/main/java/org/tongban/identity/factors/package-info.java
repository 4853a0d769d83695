/**
 * The log-in factors beyond the password (R1.3), as components without web or storage of
 * their own, which the log-in flow of the identity module calls and whose state (secrets,
 * last used time steps, issued challenges) it keeps:
 * <ul>
 * <li>time-based one-time passwords (TOTP, RFC 6238), the second factor of staff:
 * {@link TotpSecret}, {@link TotpEnrolment} (the {@code otpauth://} URI and its QR code)
 * and {@link TotpVerifier};</li>
 * <li>log-in with a CA digital certificate (X.509): the user signs a
 * {@link CertificateChallenge} with the private key of a certificate issued by a trusted
 * CA, SM2 (R12.6), ECDSA or RSA, and the {@link CertificateLoginVerifier} returns the
 * {@link VerifiedCertificate} or refuses with a precise
 * {@link CertificateLoginException.Reason}; the same checks verify a holder's signature
 * of any other text the platform has them sign (an informed commitment, R5.5); trust is
 * configured by {@link CertificateLoginProperties}.</li>
 * </ul>
 */
package org.tongban.identity.factors;
