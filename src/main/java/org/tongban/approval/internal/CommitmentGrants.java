package org.tongban.approval.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.application.CaseFiles;
import org.tongban.application.SignedCommitment;
import org.tongban.catalog.MatterVersion;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * Informed commitment (告知承诺制, R5.5): a case whose applicant signed the commitment of a
 * version that offers it is granted at once, with its decision, and a post-verification
 * (事后核查) is opened for the department's reviewers, due the version's working days after
 * the grant. Its clock, keyed by the verification's id, shows the due day and brings the
 * warnings (R8.3).
 */
@Component
class CommitmentGrants {

	private static final Logger log = LoggerFactory.getLogger(CommitmentGrants.class);

	/** What the case's history calls the grant. */
	static final String ACTION = "COMMITMENT_GRANT";

	private final CaseFiles files;

	private final PlatformGrants grants;

	private final PostVerificationStore verifications;

	private final CaseClocks clocks;

	private final WorkingDayCalendar calendar;

	private final MessageSource messages;

	private final Audit audit;

	private final Clock clock;

	CommitmentGrants(CaseFiles files, PlatformGrants grants, PostVerificationStore verifications, CaseClocks clocks,
			WorkingDayCalendar calendar, MessageSource messages, Audit audit, Clock clock) {
		this.files = files;
		this.grants = grants;
		this.verifications = verifications;
		this.clocks = clocks;
		this.calendar = calendar;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Grants the case just opened on the commitment its applicant signed, if the version
	 * applied under offers it and the commitment was signed under that version.
	 * @return whether it granted: the case then runs no process
	 */
	boolean grantOnCommitment(CaseRecord record, MatterVersion version) {
		if (!version.informedCommitment()) {
			return false;
		}
		Optional<SignedCommitment> signed = files.commitment(record.id())
			.filter(commitment -> commitment.matterVersion() == version.version());
		if (signed.isEmpty()) {
			return false;
		}
		int days = version.postVerificationDays();
		String reasons = message("approval.commitment.grant.reasons", signed.get().digest(), days);
		String legalBasis = version.legalBases()
			.stream()
			.map(basis -> basis.title() + (basis.article() == null ? "" : basis.article()))
			.collect(Collectors.joining("；", "", "；")) + message("approval.commitment.grant.legalBasis");
		CaseRecord granted = grants.grant(record, ACTION, reasons, legalBasis);
		openVerification(granted, days);
		audit.succeeded(AuditActor.PLATFORM, "approval.commitmentGrant", CaseDesk.CASE, granted.number(),
				"post-verification within " + days + " working days");
		return true;
	}

	private void openVerification(CaseRecord granted, int days) {
		LocalDate grantedOn = LocalDate.ofInstant(granted.endedAt(), clock.getZone());
		var row = new PostVerificationStore.Row(UUID.randomUUID(), granted.id(), granted.number(),
				granted.departmentCode(), granted.applicantId(), grantedOn, days, null, null, null, null, null);
		if (!verifications.insertIfAbsent(row)) {
			return;
		}
		clocks.start(row.id(), granted.number(), granted.endedAt(), startsOn(grantedOn), days, days, false, null, null);
		clocks.describe(row.id(), granted.departmentCode(), granted.matterCode(), granted.matterName());
		log.info("Case {} granted on commitment; post-verification within {} working days", granted.number(), days);
	}

	/**
	 * The working day after the grant, or null while its year's calendar is not
	 * published: the clock is dated once it is.
	 */
	private LocalDate startsOn(LocalDate grantedOn) {
		try {
			return calendar.nextWorkingDay(grantedOn);
		}
		catch (CalendarNotLoadedException ex) {
			return null;
		}
	}

	/** In Chinese, the language of the record and the documents. */
	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.CHINA);
	}

}
