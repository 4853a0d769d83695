package org.tongban.licence.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.approval.CaseEnded;
import org.tongban.approval.DecisionRevoked;
import org.tongban.catalog.LicenceDefinition;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.StaffContact;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.Notifications;
import org.tongban.notification.Recipient;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.DeadlineWarned;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * Licences issued by hand (R6.3, R15.5): a grant of a matter version whose licence its
 * department issues by hand does not issue it at once; it waits, due 10 working days
 * after the grant on a clock of its own (keyed by {@link #clockOf(UUID)}), which the
 * warning scan warns of and escalates like any other deadline. The deciding staff
 * (approvers) of the issuing department issue it, never on their own case, through the
 * same path as the platform does ({@link LicenceIssuer}), which stops the clock. A grant
 * revoked before its licence is issued drops the wait and issues nothing.
 */
@Service
public class LicenceIssues {

	static final String ISSUE = "licence.issueByHand";

	static final String READ = "licence.pendingIssue.read";

	static final String AUDITED = "case";

	private static final Logger log = LoggerFactory.getLogger(LicenceIssues.class);

	private final PendingIssueStore store;

	private final LicenceIssuer issuer;

	private final LicenceStore licences;

	private final CaseFiles caseFiles;

	private final MatterCatalog catalog;

	private final Accounts accounts;

	private final CaseClocks clocks;

	private final WorkingDayCalendar calendar;

	private final Audit audit;

	private final Clock clock;

	private final Notifications notifications;

	/** The time limit a warning of a licence issued by hand names. */
	private static final LocalizedText ISSUE_LIMIT = LocalizedText.of("证照签发时限", "the time limit to issue the licence");

	LicenceIssues(PendingIssueStore store, LicenceIssuer issuer, LicenceStore licences, CaseFiles caseFiles,
			MatterCatalog catalog, Accounts accounts, CaseClocks clocks, WorkingDayCalendar calendar, Audit audit,
			Clock clock, Notifications notifications) {
		this.notifications = notifications;
		this.store = store;
		this.issuer = issuer;
		this.licences = licences;
		this.caseFiles = caseFiles;
		this.catalog = catalog;
		this.accounts = accounts;
		this.clocks = clocks;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A licence waiting to be issued by hand, as its department's staff see it before
	 * they issue it.
	 *
	 * @param holderName the holder the licence will name (on one pending issue's own
	 * answer only, a read of personal data)
	 * @param dueOn the last working day to issue it; null while its calendar is not
	 * loaded
	 * @param validUntil the last day it will be valid; null without expiry
	 */
	public record PendingIssue(String number, LocalizedText matterName, String departmentCode,
			LocalizedText licenceName, Instant grantedAt, LocalDate dueOn, String holderName, LocalDate validFrom,
			LocalDate validUntil) {
	}

	/**
	 * A grant of a version whose licence is issued by hand waits, its deadline on a
	 * clock.
	 */
	@ApplicationModuleListener
	void on(CaseEnded ended) {
		await(ended);
	}

	/** Records the wait of a grant whose licence is issued by hand, once. */
	@Transactional
	void await(CaseEnded ended) {
		if (ended.outcome() != ApplicationStatus.GRANTED || store.find(ended.caseId()).isPresent()) {
			return;
		}
		Application application = caseFiles.get(ended.caseId());
		MatterGuide guide = catalog.guide(application.matterCode(), application.matterVersion());
		LicenceDefinition definition = guide.version().licence();
		if (definition == null || !definition.byHand() || application.status() == ApplicationStatus.REVOKED) {
			return;
		}
		LocalDate grantedOn = LocalDate.ofInstant(ended.at(), clock.getZone());
		LocalDate startsOn;
		LocalDate dueOn;
		try {
			startsOn = calendar.nextWorkingDay(grantedOn);
			dueOn = calendar.addWorkingDays(grantedOn, LicenceDefinition.BY_HAND_DAYS);
		}
		catch (CalendarNotLoadedException ex) {
			// The clock dates itself once the calendar of the year is loaded.
			startsOn = null;
			dueOn = null;
		}
		if (!store.insertIfAbsent(new PendingIssueStore.Row(application.id(), ended.number(),
				application.departmentCode(), ended.at(), dueOn, PendingIssueStore.Status.PENDING))) {
			return;
		}
		UUID clockId = clockOf(application.id());
		clocks.start(clockId, ended.number(), ended.at(), startsOn, LicenceDefinition.BY_HAND_DAYS,
				LicenceDefinition.BY_HAND_DAYS, false, null, null);
		clocks.describe(clockId, application.departmentCode(), application.matterCode(), application.matterName());
		audit.succeeded(AuditActor.PLATFORM, "licence.pendingIssue", AUDITED, ended.number(), "due " + dueOn);
	}

	/**
	 * The warning of a licence late to be issued by hand reaches the department's
	 * approvers, who issue it, and the supervisors (R8.3), as a case's warning does.
	 */
	@ApplicationModuleListener
	void on(DeadlineWarned warned) {
		tell(warned);
	}

	/** Tells of the warning if it is of a licence still waiting; else of nothing here. */
	@Transactional
	void tell(DeadlineWarned warned) {
		store.byNumber(warned.caseNumber())
			.filter(row -> row.status() == PendingIssueStore.Status.PENDING)
			.filter(row -> clockOf(row.caseId()).equals(warned.caseId()))
			.ifPresent(row -> {
				CaseNotice notice = CaseNotice.deadlineWarned(row.caseNumber(),
						caseFiles.get(row.caseId()).matterName(), warned.level() == DeadlineWarned.Level.RED,
						ISSUE_LIMIT, warned.dueOn());
				Map<UUID, StaffContact> told = new LinkedHashMap<>();
				accounts.staffHolding(List.of(DepartmentRole.of(Role.APPROVER, row.departmentCode())))
					.forEach(person -> told.putIfAbsent(person.id(), person));
				accounts.staffHoldingAnywhere(Role.SUPERVISOR).forEach(person -> told.putIfAbsent(person.id(), person));
				told.values()
					.forEach(person -> notifications.tell(new Recipient(person.id(), person.mobile(), Locale.CHINA),
							notice));
			});
	}

	/** A grant revoked before its licence was issued by hand: nothing is to be issued. */
	@ApplicationModuleListener
	void on(DecisionRevoked revoked) {
		drop(revoked.caseId(), revoked.number());
	}

	/**
	 * The licences the staff's departments are to issue by hand, the oldest grant first
	 * (no personal data: the holder is on each one's own page).
	 */
	@Transactional(readOnly = true)
	public List<PendingIssue> pending(Actor staff) {
		return store.pending(departments(staff)).stream().map(row -> pendingIssue(row, false)).toList();
	}

	/**
	 * One licence the staff's departments are to issue, with what it will say: a read of
	 * personal data, audited.
	 * @throws NotFoundException when it is no pending issue of the staff's departments
	 */
	@Transactional
	public PendingIssue get(Actor staff, String number) {
		PendingIssueStore.Row row = row(staff, number);
		audit.succeeded(staff.audited(), READ, AUDITED, number, null);
		return pendingIssue(row, true);
	}

	/**
	 * The staff issue the licence, as the platform would have at once, and its clock
	 * stops.
	 * @param confirmed the staff checked what the licence will say and confirm it
	 * @return the licence issued
	 * @throws InvalidParameterException when not confirmed
	 * @throws NotFoundException when it is no pending issue of the staff's departments
	 * @throws RefusedException (409) on the staff's own case, or a grant revoked
	 * meanwhile (whose wait is then dropped)
	 */
	@Transactional(noRollbackFor = RefusedException.class)
	public LicenceRecord issue(Actor staff, String number, boolean confirmed) {
		PendingIssueStore.Row row;
		Application application;
		try {
			row = row(staff, number);
			application = caseFiles.get(row.caseId());
			if (accounts.actsFor(staff.id(), application.applicantId())) {
				throw new RefusedException(Refusal.CONFLICT, "licence.issue.ownCase");
			}
			if (application.status() == ApplicationStatus.REVOKED) {
				drop(row.caseId(), number);
				throw new RefusedException(Refusal.CONFLICT, "licence.issue.revoked");
			}
			if (!confirmed) {
				throw new InvalidParameterException("confirmed", "licence.issue.confirmed.required");
			}
		}
		catch (RuntimeException refused) {
			audit.failed(staff.audited(), ISSUE, AUDITED, number, Audit.reason(refused));
			throw refused;
		}
		issuer.issue(new CaseEnded(row.caseId(), number, ApplicationStatus.GRANTED, row.grantedAt()), true);
		LicenceRecord issued = licences.ofCase(row.caseId()).orElseThrow();
		Instant now = clock.instant();
		store.end(row.caseId(), PendingIssueStore.Status.ISSUED, staff.id(), now);
		stopClock(row.caseId(), now);
		audit.succeeded(staff.audited(), ISSUE, AUDITED, number, issued.id());
		return issued;
	}

	/** Drops the wait of a revoked grant and stops its clock. */
	private void drop(UUID caseId, String number) {
		Instant now = clock.instant();
		if (store.end(caseId, PendingIssueStore.Status.DROPPED, null, now)) {
			stopClock(caseId, now);
			log.info("The licence of case {} is not issued: its grant was revoked", number);
			audit.succeeded(AuditActor.PLATFORM, "licence.pendingIssue.drop", AUDITED, number, "grant revoked");
		}
	}

	private void stopClock(UUID caseId, Instant at) {
		clocks.of(clockOf(caseId))
			.filter(running -> !running.isStopped())
			.ifPresent(running -> clocks.stop(running.caseId(), at));
	}

	/** The id of the clock of the issue by hand of a case's licence. */
	static UUID clockOf(UUID caseId) {
		return UUID.nameUUIDFromBytes(("licence issue " + caseId).getBytes(StandardCharsets.UTF_8));
	}

	/** A pending issue of the staff's departments; any other is not found. */
	private PendingIssueStore.Row row(Actor staff, String number) {
		return store.byNumber(number)
			.filter(row -> row.status() == PendingIssueStore.Status.PENDING)
			.filter(row -> departments(staff).contains(row.departmentCode()))
			.orElseThrow(() -> new NotFoundException("licence.issue.notFound"));
	}

	/** The departments whose licences the actor decides on: as an approver. */
	private static Set<String> departments(Actor staff) {
		return staff.roles()
			.stream()
			.filter(role -> role.role() == Role.APPROVER)
			.map(DepartmentRole::department)
			.collect(Collectors.toSet());
	}

	private PendingIssue pendingIssue(PendingIssueStore.Row row, boolean withHolder) {
		Application application = caseFiles.get(row.caseId());
		LicenceDefinition definition = catalog.guide(application.matterCode(), application.matterVersion())
			.version()
			.licence();
		LocalDate validFrom = LocalDate.ofInstant(row.grantedAt(), clock.getZone());
		return new PendingIssue(row.caseNumber(), application.matterName(), row.departmentCode(), definition.name(),
				row.grantedAt(), row.dueOn(),
				withHolder ? accounts.particulars(application.applicantId()).name() : null, validFrom,
				definition.validUntil(validFrom).orElse(null));
	}

}
