package org.tongban.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an applicant is told at a step of their case that concerns them (R6.2), or staff
 * about a case they handle or watch (R8.3, the kinds {@code WARNING_*}): a kind, whose
 * templates in {@code i18n/notification} are {@code notification.case.<kind>.inApp},
 * {@code .sms}, {@code .email.subject} and {@code .email.body}, and the values of their
 * placeholders ({0} is always the application number, {1} the matter's name in the
 * recipient's language, then the kind's own values). Dates are given as
 * {@link LocalDate}s: the message writes them as the pages do in the recipient's
 * language.
 *
 * @param link the page of the application (the staff case page for staff), relative to
 * the platform's base address
 */
public record CaseNotice(Kind kind, List<Object> arguments, String link) {

	public CaseNotice {
		Objects.requireNonNull(kind, "kind");
		arguments = List.copyOf(arguments);
	}

	public enum Kind {

		ACCEPTED, REFUSED, CORRECTION_REQUESTED, SPECIAL_PERIOD_STARTED, SPECIAL_PERIOD_ENDED, EXTENDED, GRANTED,
		DENIED, MESSAGE,

		/**
		 * To the applicant: the grant was revoked, its commitment found false on
		 * post-verification (R5.5, R15.7).
		 */
		REVOKED,

		/** To staff: a time limit of the case ends soon. */
		WARNING_YELLOW,

		/** To staff: a time limit of the case has passed. */
		WARNING_RED,

		/**
		 * To staff: an overdue case was escalated to them, the department's head or the
		 * supervision office.
		 */
		ESCALATED,

		/**
		 * To staff: the due day of something the department owes, not a case (the answer
		 * to a complaint, a rectification), is near.
		 */
		DUE_WARNING_YELLOW,

		/** To staff: the due day of something the department owes has passed. */
		DUE_WARNING_RED,

		/**
		 * To staff: something the department owes is overdue and was escalated to them,
		 * the department's head or the supervision office.
		 */
		DUE_ESCALATED,

		/**
		 * To staff: the applicant corrected, on another member of the bundle, a field or
		 * material their case uses too (R16.4).
		 */
		SHARED_ITEMS_CORRECTED,

		/**
		 * To the applicant: every member of their bundle has ended; which were granted
		 * and which not (R5.2).
		 */
		BUNDLE_FINISHED,

		/**
		 * To the applicant: the lead department wrote on their bundle, or extended its
		 * limit (R5.2, R15.3).
		 */
		BUNDLE_MESSAGE,

		/**
		 * To the applicant: accepted without materials that may follow, to be supplied by
		 * a day (容缺受理, R4.3, R15.6).
		 */
		ACCEPTED_WITH_GAPS,

		/**
		 * To the applicant: the materials their application was accepted without were not
		 * supplied in time; the reviewer is told, and a credit record is written (R15.6).
		 */
		GAPS_NOT_SUPPLIED,

		/**
		 * To the applicant: the result waits at the department's hall, to be picked up
		 * with the code (R6.4).
		 */
		DELIVERY_PICK_UP,

		/**
		 * To the applicant: the result was posted, with the carrier's tracking number
		 * (R6.4).
		 */
		DELIVERY_POSTED,

		/** To the applicant: the result was delivered, and how (R6.4). */
		DELIVERED,

		/**
		 * To the holder: their licence expires in 30 days; apply to renew it (R15.5,
		 * 行政许可法 art. 50).
		 */
		RENEWAL_DUE,

		/**
		 * To the holder: their renewal application was not decided by the end of the
		 * licence's last valid day, so the licence is renewed by law (R15.5, 行政许可法 art.
		 * 50).
		 */
		DEEMED_RENEWED,

		/**
		 * To the applicant: the department revoked their licence, with its reasons and
		 * legal basis (R15.5).
		 */
		LICENCE_REVOKED,

		/**
		 * To the applicant: the department suspended their licence, with its reasons and
		 * legal basis (R15.5).
		 */
		LICENCE_SUSPENDED,

		/** To the applicant: the suspension of their licence was lifted (R15.5). */
		LICENCE_RESUMED,

		/**
		 * To the applicant: the department changed their licence, a new version replacing
		 * it (R15.5).
		 */
		LICENCE_CHANGED

	}

	private static CaseNotice of(Kind kind, String number, Object matterName, Object... more) {
		var arguments = new java.util.ArrayList<Object>();
		arguments.add(number);
		arguments.add(matterName);
		arguments.addAll(List.of(more));
		return new CaseNotice(kind, arguments, "/my/applications/" + number);
	}

	/**
	 * @param matterName a String or a {@link org.tongban.shared.LocalizedText}
	 */
	public static CaseNotice accepted(String number, Object matterName, LocalDate acceptedOn) {
		return of(Kind.ACCEPTED, number, matterName, acceptedOn);
	}

	/**
	 * @param gaps the materials to supply, named in Chinese
	 */
	public static CaseNotice acceptedWithGaps(String number, Object matterName, LocalDate acceptedOn, String gaps,
			LocalDate supplyBy) {
		return of(Kind.ACCEPTED_WITH_GAPS, number, matterName, acceptedOn, gaps, supplyBy);
	}

	/**
	 * @param gaps the materials not supplied, named in Chinese
	 */
	public static CaseNotice gapsNotSupplied(String number, Object matterName, String gaps, LocalDate supplyBy) {
		return of(Kind.GAPS_NOT_SUPPLIED, number, matterName, gaps, supplyBy);
	}

	public static CaseNotice refused(String number, Object matterName, String reason) {
		return of(Kind.REFUSED, number, matterName, reason);
	}

	public static CaseNotice correctionRequested(String number, Object matterName, int items) {
		return of(Kind.CORRECTION_REQUESTED, number, matterName, items);
	}

	public static CaseNotice specialPeriodStarted(String number, Object matterName, String what,
			LocalDate expectedEnd) {
		return of(Kind.SPECIAL_PERIOD_STARTED, number, matterName, what, expectedEnd);
	}

	public static CaseNotice specialPeriodEnded(String number, Object matterName, String what) {
		return of(Kind.SPECIAL_PERIOD_ENDED, number, matterName, what);
	}

	public static CaseNotice extended(String number, Object matterName, int days, LocalDate newDueOn, String reason) {
		return of(Kind.EXTENDED, number, matterName, days, newDueOn, reason);
	}

	public static CaseNotice granted(String number, Object matterName) {
		return of(Kind.GRANTED, number, matterName);
	}

	public static CaseNotice revoked(String number, Object matterName) {
		return of(Kind.REVOKED, number, matterName);
	}

	public static CaseNotice denied(String number, Object matterName) {
		return of(Kind.DENIED, number, matterName);
	}

	/**
	 * Tells staff that a time limit of a case ends soon or has passed (R8.3); links to
	 * the staff case page.
	 * @param red whether the due day has passed (else it is near)
	 * @param limit which time limit: a String or a
	 * {@link org.tongban.shared.LocalizedText} such as 审查时限, the time limit of the review
	 * step
	 */
	public static CaseNotice deadlineWarned(String number, Object matterName, boolean red, Object limit,
			LocalDate dueOn) {
		return new CaseNotice(red ? Kind.WARNING_RED : Kind.WARNING_YELLOW, List.of(number, matterName, limit, dueOn),
				"/staff/cases/" + number);
	}

	/**
	 * Tells the department's head or the supervision office that an overdue case was
	 * escalated to them (R8.3); links to the staff case page.
	 */
	public static CaseNotice escalated(String number, Object matterName, int workingDaysOverdue, LocalDate dueOn) {
		return new CaseNotice(Kind.ESCALATED, List.of(number, matterName, workingDaysOverdue, dueOn),
				"/staff/cases/" + number);
	}

	/**
	 * Tells staff that the due day of something a department owes, not a case, is near or
	 * has passed (R8.3, R10.1, R15.8): {0} is its number, {1} what it is.
	 * @param what a String or a {@link org.tongban.shared.LocalizedText} such as 投诉
	 * @param link the page of the item the recipient may open
	 */
	public static CaseNotice dueItemWarned(String reference, Object what, boolean red, LocalDate dueOn, String link) {
		return new CaseNotice(red ? Kind.DUE_WARNING_RED : Kind.DUE_WARNING_YELLOW, List.of(reference, what, dueOn),
				link);
	}

	/**
	 * Tells the department's head or the supervision office that something a department
	 * owes, not a case, was escalated to them (R8.3, R10.1, R15.8).
	 */
	public static CaseNotice dueItemEscalated(String reference, Object what, int workingDaysOverdue, LocalDate dueOn,
			String link) {
		return new CaseNotice(Kind.DUE_ESCALATED, List.of(reference, what, workingDaysOverdue, dueOn), link);
	}

	/**
	 * Tells the handlers of a bundle member's case that a shared item was corrected
	 * through another member (R16.4); links to the staff case page.
	 * @param items the items corrected, as the correction notice named them
	 */
	public static CaseNotice sharedItemsCorrected(String number, Object matterName, String correctedThrough,
			String items) {
		return new CaseNotice(Kind.SHARED_ITEMS_CORRECTED, List.of(number, matterName, correctedThrough, items),
				"/staff/cases/" + number);
	}

	/** The department wrote on the case (R4.4). */
	/**
	 * @param bundleName a {@link org.tongban.shared.LocalizedText}
	 * @param granted the names of the matters granted, or "—"
	 * @param notGranted the names of the others with what became of each, or "—"
	 */
	public static CaseNotice bundleFinished(String bundleNumber, Object bundleName, Object granted, Object notGranted) {
		return new CaseNotice(Kind.BUNDLE_FINISHED, List.of(bundleNumber, bundleName, granted, notGranted),
				"/my/bundles/" + bundleNumber);
	}

	public static CaseNotice bundleMessage(String bundleNumber, Object bundleName) {
		return new CaseNotice(Kind.BUNDLE_MESSAGE, List.of(bundleNumber, bundleName), "/my/bundles/" + bundleNumber);
	}

	/**
	 * @param code the pick-up code to show at the hall
	 */
	public static CaseNotice deliveryPickUp(String number, Object matterName, String code) {
		return of(Kind.DELIVERY_PICK_UP, number, matterName, code);
	}

	public static CaseNotice deliveryPosted(String number, Object matterName, String carrier, String trackingNumber) {
		return of(Kind.DELIVERY_POSTED, number, matterName, carrier, trackingNumber);
	}

	/**
	 * @param how how it was delivered: a {@link org.tongban.shared.LocalizedText} such as
	 * 邮寄送达
	 */
	public static CaseNotice delivered(String number, Object matterName, Object how) {
		return of(Kind.DELIVERED, number, matterName, how);
	}

	/**
	 * Reminds the holder that their licence expires, with the link to apply for its
	 * renewal (R15.5).
	 * @param number the number of the application that yielded the licence
	 * @param licenceName a {@link org.tongban.shared.LocalizedText}
	 */
	public static CaseNotice renewalDue(String number, Object licenceName, LocalDate validUntil, String licenceId) {
		return new CaseNotice(Kind.RENEWAL_DUE, List.of(number, licenceName, validUntil, licenceId),
				"/my/licences/" + licenceId + "/renewal");
	}

	/**
	 * Tells the holder that their licence was renewed by law while their renewal
	 * application waits for its decision (R15.5).
	 * @param number the number of the renewal application
	 * @param licenceName a {@link org.tongban.shared.LocalizedText}
	 */
	public static CaseNotice deemedRenewed(String number, Object licenceName, LocalDate newValidUntil,
			String licenceId) {
		return of(Kind.DEEMED_RENEWED, number, licenceName, newValidUntil, licenceId);
	}

	public static CaseNotice message(String number, Object matterName) {
		return of(Kind.MESSAGE, number, matterName);
	}

	/**
	 * The department acted on the applicant's licence (R15.5).
	 * @param kind one of the LICENCE_ kinds
	 * @param licenceId the licence acted on, or for a change the new version's id
	 * @param reasons the department's reasons
	 */
	public static CaseNotice licence(Kind kind, String number, Object matterName, String licenceId, String reasons) {
		if (!kind.name().startsWith("LICENCE_")) {
			throw new IllegalArgumentException(kind.name());
		}
		return of(kind, number, matterName, licenceId, reasons);
	}

}
