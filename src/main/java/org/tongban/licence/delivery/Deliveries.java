package org.tongban.licence.delivery;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseDocumentDownloaded;
import org.tongban.application.CaseFiles;
import org.tongban.application.DeliveryChoice;
import org.tongban.application.DeliveryChoices;
import org.tongban.application.DeliveryMethod;
import org.tongban.application.DeliveryProgress;
import org.tongban.application.DeliveryProgress.Status;
import org.tongban.application.DeliveryProgresses;
import org.tongban.approval.CaseEnded;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.licence.internal.LicenceNotices;
import org.tongban.notification.CaseNotice;

import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.storage.AttachmentContent;
import org.tongban.storage.AttachmentRefusedException;
import org.tongban.storage.Attachments;

/**
 * The delivery of a decision to its applicant as they chose it (R6.4): recorded once the
 * case is granted or denied; delivered electronically by the first download of the
 * decision, at the department's hall by a clerk who takes the pick-up code and checks the
 * recipient's identity, or by post, the clerk recording the carrier's tracking number and
 * then the receipt. Each change is dated, kept as the proof, and told to the applicant.
 * Only the window clerks of the case's department act, never on their own case (R12.7).
 */
@Service
public class Deliveries implements DeliveryProgresses {

	static final String HAND_OVER = "licence.delivery.handOver";

	static final String POST = "licence.delivery.post";

	static final String RECEIPT = "licence.delivery.receipt";

	static final String READ = "licence.delivery.read";

	static final String SIGNATURE_READ = "licence.delivery.signature.read";

	static final String CASE = "case";

	/**
	 * Wrong codes a pick-up takes before its code is replaced: eight digits leave a guess
	 * no chance.
	 */
	static final int CODE_ATTEMPTS = 5;

	static final int NAME_LIMIT = 50;

	static final int CARRIER_LIMIT = 40;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DeliveryStore store;

	private final CaseFiles cases;

	private final DeliveryChoices choices;

	private final Accounts accounts;

	private final LicenceNotices notices;

	private final MessageSource messages;

	private final Clock clock;

	private final Audit audit;

	private final Attachments attachments;

	Deliveries(DeliveryStore store, CaseFiles cases, DeliveryChoices choices, Accounts accounts, LicenceNotices notices,
			MessageSource messages, Clock clock, Audit audit, Attachments attachments) {
		this.store = store;
		this.cases = cases;
		this.choices = choices;
		this.accounts = accounts;
		this.notices = notices;
		this.messages = messages;
		this.clock = clock;
		this.audit = audit;
		this.attachments = attachments;
	}

	/**
	 * A delivery as a clerk sees it.
	 *
	 * @param address the postal address and postcode, for the post only
	 * @param wrongCodes the wrong pick-up codes entered since the code was given
	 * @param signed the recipient's signature was kept at the hand-over
	 */
	public record Delivery(String number, LocalizedText matterName, String department, DeliveryMethod method,
			Status status, String address, String postcode, int wrongCodes, String carrier, String trackingNumber,
			Instant postedAt, LocalDate receivedOn, Instant deliveredAt, String recipient, Instant decidedAt,
			boolean signed) {
	}

	/** The case ended with a decision: its result is to be delivered as chosen. */
	@ApplicationModuleListener
	void on(CaseEnded ended) {
		record(ended);
	}

	/** Records the delivery of a decision, once. */
	@Transactional
	void record(CaseEnded ended) {
		if (ended.outcome() != ApplicationStatus.GRANTED && ended.outcome() != ApplicationStatus.DENIED
				|| store.exists(ended.caseId())) {
			return;
		}
		Application application = cases.get(ended.caseId());
		DeliveryMethod method = choices.ofCase(application.id()).method();
		String code = method == DeliveryMethod.PICK_UP ? code() : null;
		store.insert(new DeliveryStore.Row(application.id(), ended.number(), application.applicantId(),
				application.departmentCode(), method, Status.WAITING, code, 0, null, null, null, null, null, null, null,
				null, null, ended.at()));
		if (code != null) {
			notices.tell(application, CaseNotice.deliveryPickUp(ended.number(), application.matterName(), code));
		}
	}

	/**
	 * The first download of the decision delivers it electronically: once its delivery is
	 * recorded, never by a download made before (an event handled late or out of order).
	 */
	@ApplicationModuleListener
	void on(CaseDocumentDownloaded downloaded) {
		downloaded(downloaded);
	}

	/** Delivers the decision electronically by its download, if it is the first since. */
	@Transactional
	void downloaded(CaseDocumentDownloaded downloaded) {
		if (!downloaded.kind().endsWith("_DECISION") || downloaded.kind().startsWith("REVOCATION")) {
			return;
		}
		if (store.downloaded(downloaded.applicationId(), downloaded.at())) {
			Application application = cases.get(downloaded.applicationId());
			notices.tell(application, CaseNotice.delivered(downloaded.number(), application.matterName(),
					method(DeliveryMethod.ELECTRONIC)));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeliveryProgress> of(UUID applicationId) {
		return store.byCase(applicationId)
			.map(row -> new DeliveryProgress(row.method(), row.status(),
					row.status() == Status.WAITING ? row.pickUpCode() : null, row.carrier(), row.trackingNumber(),
					row.postedAt(), row.deliveredAt(), row.receivedOn(), row.recipient()));
	}

	/**
	 * The pick-ups and posts of the clerk's departments still to do, the oldest first (no
	 * personal data: the address is on each delivery's own page).
	 */
	@Transactional(readOnly = true)
	public List<Delivery> awaitingAction(Actor clerk) {
		return store.awaitingAction(departments(clerk)).stream().map(row -> delivery(row, null)).toList();
	}

	/**
	 * One delivery of the clerk's departments, with the postal address of a post: a read
	 * of personal data, audited.
	 * @throws NotFoundException for any other
	 */
	@Transactional
	public Delivery get(Actor clerk, String number) {
		DeliveryStore.Row row = row(clerk, number);
		DeliveryChoice choice = row.method() == DeliveryMethod.POST ? choices.ofCase(row.caseId()) : null;
		audit.succeeded(clerk.audited(), READ, CASE, number, null);
		return delivery(row, choice);
	}

	/**
	 * The clerk hands the result over at the hall to the person who shows the pick-up
	 * code and whose identity document the clerk checked, keeping the image of their
	 * handwritten signature as the proof.
	 * @param signature a PNG or JPEG image of the recipient's signature
	 * @throws InvalidParameterException when the recipient's name, the identity check or
	 * the signature is missing, the signature no image or too large, or the code is not
	 * eight digits or wrong
	 * @throws RefusedException (409) when it is no pick-up waiting, the clerk's own case,
	 * or the code was replaced after too many wrong ones
	 */
	@Transactional(noRollbackFor = { InvalidParameterException.class, RefusedException.class })
	public Delivery handOver(Actor clerk, String number, String code, String recipient, boolean identityChecked,
			byte[] signature) {
		DeliveryStore.Row row;
		String name;
		UUID signatureId;
		try {
			row = actionable(clerk, number, DeliveryMethod.PICK_UP, Status.WAITING);
			name = text(recipient, "recipient", NAME_LIMIT);
			if (!identityChecked) {
				throw new InvalidParameterException("identityChecked", "licence.delivery.identityChecked.required");
			}
			// Before the code, so that a missing signature costs no attempt.
			String extension = SignatureImages.check(signature);
			String given = code == null ? "" : code.strip();
			if (!given.matches("[0-9]{8}")) {
				throw new InvalidParameterException("code", "licence.delivery.code.format");
			}
			if (!MessageDigest.isEqual(given.getBytes(), row.pickUpCode().getBytes())) {
				wrongCode(row);
			}
			signatureId = signature(number, extension, signature);
		}
		catch (RuntimeException refused) {
			audit.failed(clerk.audited(), HAND_OVER, CASE, number, Audit.reason(refused));
			throw refused;
		}
		Instant now = clock.instant();
		store.handedOver(row.caseId(), clerk.id(), name, signatureId, now);
		audit.succeeded(clerk.audited(), HAND_OVER, CASE, number, null);
		Application application = cases.get(row.caseId());
		notices.tell(application,
				CaseNotice.delivered(number, application.matterName(), method(DeliveryMethod.PICK_UP)));
		return get(clerk, number);
	}

	/**
	 * The recipient's signature kept at the hand-over, for a clerk of the delivery's
	 * department: a read of personal data, audited. The caller closes it.
	 * @throws NotFoundException for another department's delivery, or one without a
	 * signature
	 */
	@Transactional
	public AttachmentContent signature(Actor clerk, String number) {
		DeliveryStore.Row row = row(clerk, number);
		if (row.signatureId() == null) {
			throw new NotFoundException("licence.delivery.signature.notFound");
		}
		audit.succeeded(clerk.audited(), SIGNATURE_READ, CASE, number, null);
		return attachments.open(row.signatureId());
	}

	/**
	 * The clerk posted the result with a carrier, under its tracking number.
	 * @throws InvalidParameterException when the carrier or the tracking number is
	 * missing or not valid
	 * @throws RefusedException (409) when it is no post waiting, or the clerk's own case
	 */
	@Transactional
	public Delivery post(Actor clerk, String number, String carrier, String trackingNumber) {
		DeliveryStore.Row row;
		String givenCarrier;
		String tracking;
		try {
			row = actionable(clerk, number, DeliveryMethod.POST, Status.WAITING);
			givenCarrier = text(carrier, "carrier", CARRIER_LIMIT);
			tracking = trackingNumber == null ? "" : trackingNumber.strip();
			if (tracking.isEmpty()) {
				throw new InvalidParameterException("trackingNumber", "licence.delivery.trackingNumber.required");
			}
			if (!tracking.matches("[A-Za-z0-9]{8,30}")) {
				throw new InvalidParameterException("trackingNumber", "licence.delivery.trackingNumber.format");
			}
		}
		catch (RuntimeException refused) {
			audit.failed(clerk.audited(), POST, CASE, number, Audit.reason(refused));
			throw refused;
		}
		store.posted(row.caseId(), clerk.id(), givenCarrier, tracking, clock.instant());
		audit.succeeded(clerk.audited(), POST, CASE, number, null);
		Application application = cases.get(row.caseId());
		notices.tell(application, CaseNotice.deliveryPosted(number, application.matterName(), givenCarrier, tracking));
		return get(clerk, number);
	}

	/**
	 * The clerk records the receipt of the post, the day its receipt says.
	 * @param receivedOn the day as {@code yyyy-MM-dd}
	 * @throws InvalidParameterException when the day is missing, no day, before the
	 * posting or in the future
	 * @throws RefusedException (409) when it is no post on its way, or the clerk's own
	 * case
	 */
	@Transactional
	public Delivery received(Actor clerk, String number, String receivedOn) {
		DeliveryStore.Row row;
		LocalDate day;
		try {
			row = actionable(clerk, number, DeliveryMethod.POST, Status.POSTED);
			day = day(receivedOn);
			LocalDate postedOn = row.postedAt().atZone(clock.getZone()).toLocalDate();
			if (day.isBefore(postedOn) || day.isAfter(LocalDate.now(clock))) {
				throw new InvalidParameterException("receivedOn", "licence.delivery.receivedOn.range", postedOn);
			}
		}
		catch (RuntimeException refused) {
			audit.failed(clerk.audited(), RECEIPT, CASE, number, Audit.reason(refused));
			throw refused;
		}
		store.received(row.caseId(), clerk.id(), day, clock.instant());
		audit.succeeded(clerk.audited(), RECEIPT, CASE, number, null);
		Application application = cases.get(row.caseId());
		notices.tell(application, CaseNotice.delivered(number, application.matterName(), method(DeliveryMethod.POST)));
		return get(clerk, number);
	}

	/** Stores the signature checked, named after the case. */
	private UUID signature(String number, String extension, byte[] image) {
		try {
			return attachments.store(number + "-signature." + extension, new ByteArrayInputStream(image)).id();
		}
		catch (AttachmentRefusedException ex) {
			throw SignatureImages.invalid();
		}
	}

	/**
	 * A wrong code counts; the last one allowed replaces the code, sent to the applicant
	 * anew, so that guessing gains nothing.
	 */
	private void wrongCode(DeliveryStore.Row row) {
		if (row.wrongCodes() + 1 < CODE_ATTEMPTS) {
			store.wrongCode(row.caseId());
			throw new InvalidParameterException("code", "licence.delivery.code.wrong",
					CODE_ATTEMPTS - row.wrongCodes() - 1);
		}
		String code = code();
		store.newCode(row.caseId(), code);
		Application application = cases.get(row.caseId());
		notices.tell(application, CaseNotice.deliveryPickUp(row.number(), application.matterName(), code));
		throw new RefusedException(Refusal.CONFLICT, "licence.delivery.code.replaced");
	}

	private DeliveryStore.Row actionable(Actor clerk, String number, DeliveryMethod method, Status status) {
		DeliveryStore.Row row = row(clerk, number);
		if (accounts.actsFor(clerk.id(), row.applicantId())) {
			throw new RefusedException(Refusal.CONFLICT, "licence.delivery.ownCase");
		}
		if (row.method() != method || row.status() != status) {
			throw new RefusedException(Refusal.CONFLICT, "licence.delivery.notAwaiting." + method + "." + status);
		}
		return row;
	}

	/** A delivery of the clerk's departments; any other is not found. */
	private DeliveryStore.Row row(Actor clerk, String number) {
		return store.byNumber(number)
			.filter(row -> departments(clerk).contains(row.department()))
			.orElseThrow(() -> new NotFoundException("licence.delivery.notFound"));
	}

	/** The departments whose hall the actor is a window clerk of. */
	private static Set<String> departments(Actor clerk) {
		return clerk.roles()
			.stream()
			.filter(role -> role.role() == Role.WINDOW_CLERK)
			.map(DepartmentRole::department)
			.collect(Collectors.toSet());
	}

	private Delivery delivery(DeliveryStore.Row row, DeliveryChoice choice) {
		return new Delivery(row.number(), cases.get(row.caseId()).matterName(), row.department(), row.method(),
				row.status(), choice == null ? null : choice.address(), choice == null ? null : choice.postcode(),
				row.wrongCodes(), row.carrier(), row.trackingNumber(), row.postedAt(), row.receivedOn(),
				row.deliveredAt(), row.recipient(), row.createdAt(), row.signatureId() != null);
	}

	/** How it was delivered, in both languages, for the notice. */
	private LocalizedText method(DeliveryMethod method) {
		String key = "application.delivery.method." + method;
		return LocalizedText.of(messages.getMessage(key, null, Locale.CHINA),
				messages.getMessage(key, null, Locale.ENGLISH));
	}

	/** A text given, stripped; blank, too long or with control characters refused. */
	private static String text(String given, String parameter, int limit) {
		String text = given == null ? "" : given.strip();
		if (text.isEmpty()) {
			throw new InvalidParameterException(parameter, "licence.delivery." + parameter + ".required");
		}
		if (text.length() > limit || text.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidParameterException(parameter, "licence.delivery." + parameter + ".invalid", limit);
		}
		return text;
	}

	private static LocalDate day(String given) {
		if (given == null || given.isBlank()) {
			throw new InvalidParameterException("receivedOn", "licence.delivery.receivedOn.required");
		}
		try {
			return LocalDate.parse(given.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException("receivedOn", "licence.delivery.receivedOn.format");
		}
	}

	private static String code() {
		return String.format("%08d", RANDOM.nextInt(100_000_000));
	}

}
