package org.tongban.approval.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.StaffContact;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.Notifications;
import org.tongban.notification.Recipient;
import org.tongban.supervision.DeadlineEscalated;
import org.tongban.supervision.DeadlineWarned;

/**
 * Tells the people of a case about a deadline warning (R8.3), in-app, by SMS and by
 * e-mail where they gave an address: whoever handles the warned step (the task's
 * assignee, or every member of its candidate group while nobody claimed it; for the case
 * clock, of every open task), the department's approvers (its leaders) and every
 * supervisor, each person once. The event is kept in the publication registry with the
 * warning and resubmitted until the notices are written into the outbox, which then
 * delivers them with retries: a warning is never told to nobody.
 */
@Component
class WarningNotices {

	private static final Logger log = LoggerFactory.getLogger(WarningNotices.class);

	private final CaseStore store;

	private final TaskHandlers handlers;

	private final Accounts accounts;

	private final Notifications notifications;

	private final CaseNames names;

	WarningNotices(CaseStore store, TaskHandlers handlers, Accounts accounts, Notifications notifications,
			CaseNames names) {
		this.store = store;
		this.handlers = handlers;
		this.accounts = accounts;
		this.notifications = notifications;
		this.names = names;
	}

	@ApplicationModuleListener
	void on(DeadlineWarned warned) {
		Optional<CaseRecord> found = store.find(warned.caseId()).filter(CaseRecord::isOpen);
		if (found.isEmpty()) {
			// Ended meanwhile (its clock stopped), or a clock of no case of this module.
			log.info("Deadline warning of {} told nobody: no open case", warned.caseNumber());
			return;
		}
		CaseRecord record = found.get();
		CaseNotice notice = CaseNotice.deadlineWarned(record.number(), record.matterName(),
				warned.level() == DeadlineWarned.Level.RED, names.limit(warned.step()), warned.dueOn());
		Map<UUID, StaffContact> told = new LinkedHashMap<>();
		handlers.handling(record, warned.step()).forEach(person -> told.putIfAbsent(person.id(), person));
		accounts.staffHolding(List.of(DepartmentRole.of(Role.APPROVER, record.departmentCode())))
			.forEach(person -> told.putIfAbsent(person.id(), person));
		accounts.staffHoldingAnywhere(Role.SUPERVISOR).forEach(person -> told.putIfAbsent(person.id(), person));
		told.values()
			.forEach(person -> notifications.tell(new Recipient(person.id(), person.mobile(), Locale.CHINA), notice));
		log.info("Deadline warning {} of {} ({}) told to {} members of staff", warned.level(), record.number(),
				warned.step() == null ? "case" : warned.step(), told.size());
	}

	/**
	 * Tells the people of the rung an overdue case reached (R8.3): the department's
	 * approvers (its head), then every supervisor (the supervision office), each once.
	 */
	@ApplicationModuleListener
	void on(DeadlineEscalated escalated) {
		Optional<CaseRecord> found = store.find(escalated.caseId()).filter(CaseRecord::isOpen);
		if (found.isEmpty()) {
			log.info("Escalation of {} told nobody: no open case", escalated.caseNumber());
			return;
		}
		CaseRecord record = found.get();
		CaseNotice notice = CaseNotice.escalated(record.number(), record.matterName(), escalated.workingDaysOverdue(),
				escalated.dueOn());
		List<StaffContact> rung = switch (escalated.rung()) {
			case DEPARTMENT_HEAD ->
				accounts.staffHolding(List.of(DepartmentRole.of(Role.APPROVER, record.departmentCode())));
			case SUPERVISION_OFFICE -> accounts.staffHoldingAnywhere(Role.SUPERVISOR);
		};
		Map<UUID, StaffContact> told = new LinkedHashMap<>();
		rung.forEach(person -> told.putIfAbsent(person.id(), person));
		told.values()
			.forEach(person -> notifications.tell(new Recipient(person.id(), person.mobile(), Locale.CHINA), notice));
		log.info("Overdue case {} escalated to {}: told {} members of staff", record.number(), escalated.rung(),
				told.size());
	}

}
