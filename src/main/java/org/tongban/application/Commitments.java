package org.tongban.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.catalog.MatterVersion;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.CreditEventKind;
import org.tongban.exchange.CreditRegister;
import org.tongban.exchange.CreditSubject;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.identity.CertificateSignature;
import org.tongban.identity.CertificateSignatures;
import org.tongban.identity.PhoneVerification;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Applying on informed commitment (告知承诺, R5.5, R15.7): where the version of the matter
 * offers it and the applicant has no false commitment in force in the credit register,
 * the applicant reads the commitment (the conditions, the standards, the legal bases and
 * the consequences of a false commitment) and signs it before submitting with a code sent
 * to their own verified mobile, or, having logged in with a CA certificate, with a
 * signature of its digest by that certificate's key; the department then grants at once
 * and verifies afterwards. Every signing is audited. The credit register is read outside
 * any transaction that wrote an audit record, as its reads are logged in a transaction of
 * their own.
 */
@Service
public class Commitments {

	static final String SIGN = "application.commitment.sign";

	static final String WITHDRAW = "application.commitment.withdraw";

	static final AccessPurpose PURPOSE = AccessPurpose.of("application:commitment",
			LocalizedText.of("告知承诺：核查有无虚假承诺信用记录", "Informed commitment: checking for a false-commitment record"));

	private final OwnApplications own;

	private final ApplicationStore store;

	private final Accounts accounts;

	private final CreditRegister credit;

	private final PhoneVerification verification;

	private final CertificateSignatures signatures;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Audit audit;

	Commitments(OwnApplications own, ApplicationStore store, Accounts accounts, CreditRegister credit,
			PhoneVerification verification, CertificateSignatures signatures, MessageSource messages,
			TransactionTemplate transactions, Clock clock, Audit audit) {
		this.own = own;
		this.store = store;
		this.accounts = accounts;
		this.credit = credit;
		this.verification = verification;
		this.signatures = signatures;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * The commitment the applicant may sign on their draft, in the language of the page,
	 * or empty where it is not offered: the version does not offer it, or the applicant
	 * has a false commitment in force (R15.7).
	 */
	public Optional<Offer> offer(Actor applicant, UUID draftId, Locale locale) {
		Application draft = draftOf(applicant, draftId);
		MatterVersion version = own.guideOf(draft).version();
		if (!isOffered(draft, version)) {
			return Optional.empty();
		}
		String text = text(draft, version, applicant.name(), locale);
		return Optional.of(new Offer(text, digest(text), signingPhone(draft).map(MobileNumber::masked).orElse(null),
				signatures.offeredTo(applicant), store.commitment(draftId)));
	}

	/**
	 * Sends the signing code to the applicant's own verified mobile.
	 * @throws RefusedException (409) where the commitment is not offered or is signed
	 * already, (429) when the number or the address asked too often
	 */
	public void sendCode(Actor applicant, UUID draftId, String clientAddress, Locale locale) {
		Application draft = signable(applicant, draftId);
		verification.sendSigningCode(phoneOf(draft), clientAddress, locale);
	}

	/**
	 * Signs the commitment as the page shows it, with the code the applicant's mobile
	 * received: the text, its digest, the method, the signer and the time are kept with
	 * the application.
	 * @throws InvalidParameterException when the code is not six digits or not the live
	 * code
	 */
	public SignedCommitment sign(Actor applicant, UUID draftId, String code, Locale locale) {
		Application draft = signable(applicant, draftId);
		String given = code == null ? "" : code.strip();
		if (!given.matches("[0-9]{6}")) {
			throw new InvalidParameterException("code", "application.commitment.code.format");
		}
		MobileNumber phone = phoneOf(draft);
		MatterVersion version = own.guideOf(draft).version();
		String text = text(draft, version, applicant.name(), locale);
		return transactions.execute(status -> {
			if (!verification.confirmSigning(phone, given)) {
				audit.failed(applicant.audited(), SIGN, Submissions.APPLICATION, draftId,
						"application.commitment.code.wrong");
				throw new InvalidParameterException("code", "application.commitment.code.wrong");
			}
			var signed = new SignedCommitment(draftId, version.version(), text, digest(text),
					SignedCommitment.Method.SMS_CODE, applicant.id(), clock.instant(), null);
			store.saveCommitment(signed);
			audit.succeeded(applicant.audited(), SIGN, Submissions.APPLICATION, draftId,
					signed.method() + " sha256:" + signed.digest());
			return signed;
		});
	}

	/**
	 * Signs the commitment as the page shows it with the CA certificate the applicant
	 * logged in with: the signature is over the commitment's digest, the 64 lower-case
	 * hexadecimal characters of the SHA-256 of the text's UTF-8 bytes, as ASCII, which
	 * the page shows for the signing tool. The certificate gets the checks of a
	 * certificate log-in and must be the applicant's own; it and the signature are kept
	 * with the text, the digest and the time.
	 * @throws RefusedException (403) where the applicant did not log in with a
	 * certificate; (409) where the commitment is not offered or is signed already
	 * @throws InvalidParameterException naming {@code certificate} or {@code signature}
	 * with why it is refused
	 */
	public SignedCommitment signWithCertificate(Actor applicant, UUID draftId, String certificate, String signature,
			Locale locale) {
		Application draft = signable(applicant, draftId);
		MatterVersion version = own.guideOf(draft).version();
		String text = text(draft, version, applicant.name(), locale);
		String digest = digest(text);
		CertificateSignature verified;
		try {
			verified = signatures.verify(applicant, digest.getBytes(StandardCharsets.US_ASCII), certificate, signature);
		}
		catch (InvalidParameterException | RefusedException ex) {
			audit.failed(applicant.audited(), SIGN, Submissions.APPLICATION, draftId, Audit.reason(ex));
			throw ex;
		}
		var signed = new SignedCommitment(draftId, version.version(), text, digest, SignedCommitment.Method.CERTIFICATE,
				applicant.id(), clock.instant(), verified);
		transactions.executeWithoutResult(status -> {
			store.saveCommitment(signed);
			audit.succeeded(applicant.audited(), SIGN, Submissions.APPLICATION, draftId,
					signed.method() + " sha256:" + digest + " certificate:" + verified.serialNumber());
		});
		return signed;
	}

	/**
	 * Takes back the commitment signed on a draft: it is then submitted for the usual
	 * review.
	 */
	public void withdraw(Actor applicant, UUID draftId) {
		Application draft = draftOf(applicant, draftId);
		transactions.executeWithoutResult(status -> {
			if (store.commitment(draft.id()).isPresent()) {
				store.deleteCommitment(draft.id());
				audit.succeeded(applicant.audited(), WITHDRAW, Submissions.APPLICATION, draftId, null);
			}
		});
	}

	/**
	 * The commitment signed on the applicant's own application (draft or submitted), if
	 * any.
	 */
	public Optional<SignedCommitment> of(Actor applicant, UUID applicationId) {
		return store.commitment(own.get(applicant, applicationId).id());
	}

	/**
	 * The commitment signed on an application the caller was given by
	 * {@link MyApplications}, if any.
	 */
	public Optional<SignedCommitment> of(Application application) {
		return store.commitment(application.id());
	}

	/**
	 * Refuses to submit on a commitment that no longer stands: a false commitment was
	 * recorded since it was signed (R15.7). Called before the submission's transaction.
	 */
	void requireStillOffered(Application draft) {
		if (draft.isDraft() && store.commitment(draft.id()).isPresent()
				&& !isOffered(draft, own.guideOf(draft).version())) {
			throw new RefusedException(Refusal.CONFLICT, "application.commitment.noLongerOffered");
		}
	}

	private Application signable(Actor applicant, UUID draftId) {
		Application draft = draftOf(applicant, draftId);
		if (!isOffered(draft, own.guideOf(draft).version())) {
			throw new RefusedException(Refusal.CONFLICT, "application.commitment.notOffered");
		}
		if (store.commitment(draftId).isPresent()) {
			throw new RefusedException(Refusal.CONFLICT, "application.commitment.signed");
		}
		return draft;
	}

	private Application draftOf(Actor applicant, UUID draftId) {
		OwnApplications.requireApplicant(applicant);
		Application draft = own.get(applicant, draftId);
		if (!draft.isDraft()) {
			throw new RefusedException(Refusal.CONFLICT, OwnApplications.NOT_DRAFT, draft.number());
		}
		return draft;
	}

	private boolean isOffered(Application application, MatterVersion version) {
		return version.informedCommitment() && !hasFalseCommitment(accounts.particulars(application.applicantId()));
	}

	private boolean hasFalseCommitment(ApplicantParticulars applicant) {
		CreditSubject subject = applicant.creditCode() != null ? CreditSubject.of(applicant.creditCode())
				: applicant.residentId() != null ? CreditSubject.of(applicant.residentId()) : null;
		// Nobody to look up is nobody to trust on their word.
		return subject == null || credit.hasInForce(subject, Set.of(CreditEventKind.FALSE_COMMITMENT), PURPOSE);
	}

	private MobileNumber phoneOf(Application draft) {
		return signingPhone(draft)
			.orElseThrow(() -> new RefusedException(Refusal.CONFLICT, "application.commitment.noPhone"));
	}

	/**
	 * Where the signing code goes: a person's own verified mobile; for an enterprise, the
	 * mobile of its administering agent, who acts for it.
	 */
	private Optional<MobileNumber> signingPhone(Application draft) {
		ApplicantParticulars applicant = accounts.particulars(draft.applicantId());
		if (draft.applicantKind() != AccountKind.LEGAL_PERSON) {
			return Optional.ofNullable(applicant.mobile());
		}
		return accounts.agentMobiles(draft.applicantId())
			.entrySet()
			.stream()
			.filter(agent -> accounts.isAdminAgent(applicant.creditCode(), agent.getKey()))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	/**
	 * The commitment as the applicant reads it: the matter's conditions, standards and
	 * legal bases of the version applied under, and what a false commitment costs.
	 */
	String text(Application draft, MatterVersion version, String applicantName, Locale locale) {
		var text = new StringBuilder();
		text.append(message("application.commitment.text.intro", locale, applicantName, version.name().in(locale)))
			.append("\n\n");
		section(text, message("application.commitment.text.conditions", locale), version.conditions(), locale);
		section(text, message("application.commitment.text.standards", locale), version.standards(), locale);
		String bases = version.legalBases()
			.stream()
			.map(basis -> basis.title() + (basis.article() == null ? "" : basis.article()))
			.collect(Collectors.joining("\n"));
		text.append(message("application.commitment.text.legalBases", locale))
			.append('\n')
			.append(bases)
			.append("\n\n");
		text.append(message("application.commitment.text.pledge", locale)).append("\n\n");
		text.append(message("application.commitment.text.verification", locale, version.postVerificationDays()))
			.append("\n\n");
		text.append(message("application.commitment.text.consequences", locale));
		return text.toString();
	}

	private static void section(StringBuilder text, String heading, LocalizedText body, Locale locale) {
		if (body != null) {
			text.append(heading).append('\n').append(body.in(locale).strip()).append("\n\n");
		}
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	/** The SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
	static String digest(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/**
	 * The commitment offered on a draft.
	 *
	 * @param text what the applicant signs, as the page shows it
	 * @param digest the SHA-256 of the text's UTF-8 bytes in lower-case hex: what a
	 * certificate signs
	 * @param maskedPhone where the signing code goes, masked; null where there is no
	 * mobile to send it to
	 * @param certificate whether the applicant may sign with the certificate they logged
	 * in with
	 * @param signed the commitment signed already, if any
	 */
	public record Offer(String text, String digest, String maskedPhone, boolean certificate,
			Optional<SignedCommitment> signed) {
	}

}
