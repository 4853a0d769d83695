package org.tongban.supervision.warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.StaffContact;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.Notifications;
import org.tongban.notification.Recipient;
import org.tongban.supervision.DeadlineWarned.Level;
import org.tongban.supervision.DueItemEscalated;
import org.tongban.supervision.DueItemWarned;
import org.tongban.supervision.DueItems;
import org.tongban.supervision.DueItems.DueItem;

/**
 * Tells the people of an item a department owes, not a case, about its warning or
 * escalation (R8.3), in-app, by SMS and by e-mail where they gave an address, as the
 * case's people are told: of a warning, those of the department who see to it, its
 * approvers (its leaders) and every supervisor; of a rung, the department's approvers
 * (its head), then every supervisor (the supervision office); each person once, with the
 * page of the item they may open. An item no longer owed by the time the event is heard
 * (answered meanwhile) is told to nobody. The event is kept in the publication registry
 * and resubmitted until the notices are written into the outbox.
 */
@Component
class DueItemNotices {

	private static final Logger log = LoggerFactory.getLogger(DueItemNotices.class);

	private final ObjectProvider<DueItems> owners;

	private final Accounts accounts;

	private final Notifications notifications;

	DueItemNotices(ObjectProvider<DueItems> owners, Accounts accounts, Notifications notifications) {
		this.owners = owners;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(DueItemWarned warned) {
		owed(warned.kind(), warned.reference(), warned.dueOn()).ifPresentOrElse(item -> {
			boolean red = warned.level() == Level.RED;
			tell(item, warned(item),
					link -> CaseNotice.dueItemWarned(item.reference(), item.what(), red, item.dueOn(), link));
			log.info("Warning {} of {} {} told", warned.level(), item.kind(), item.reference());
		}, () -> log.info("Warning of {} {} told nobody: no longer owed", warned.kind(), warned.reference()));
	}

	@ApplicationModuleListener
	void on(DueItemEscalated escalated) {
		owed(escalated.kind(), escalated.reference(), escalated.dueOn()).ifPresentOrElse(item -> {
			Audience rung = switch (escalated.rung()) {
				case DEPARTMENT_HEAD -> new Audience(departmentApprovers(item), List.of());
				case SUPERVISION_OFFICE -> new Audience(List.of(), accounts.staffHoldingAnywhere(Role.SUPERVISOR));
			};
			tell(item, rung, link -> CaseNotice.dueItemEscalated(item.reference(), item.what(),
					escalated.workingDaysOverdue(), item.dueOn(), link));
			log.info("Overdue {} {} escalated to {}", item.kind(), item.reference(), escalated.rung());
		}, () -> log.info("Escalation of {} {} told nobody: no longer owed", escalated.kind(), escalated.reference()));
	}

	/** The item, if its owner still lists it as owed by that due day. */
	private Optional<DueItem> owed(DueItems.Kind kind, String reference, LocalDate dueOn) {
		return owners.orderedStream()
			.flatMap(owner -> owner.dueBy(dueOn).stream())
			.filter(item -> item.kind() == kind && item.reference().equals(reference) && item.dueOn().equals(dueOn))
			.findFirst();
	}

	private Audience warned(DueItem item) {
		List<DepartmentRole> roles = new ArrayList<>();
		item.answeredBy().forEach(role -> roles.add(DepartmentRole.of(role, item.departmentCode())));
		roles.add(DepartmentRole.of(Role.APPROVER, item.departmentCode()));
		return new Audience(accounts.staffHolding(roles), accounts.staffHoldingAnywhere(Role.SUPERVISOR));
	}

	private List<StaffContact> departmentApprovers(DueItem item) {
		return accounts.staffHolding(List.of(DepartmentRole.of(Role.APPROVER, item.departmentCode())));
	}

	/**
	 * Each person once: the department's people who see to the item with its page, its
	 * other people (a head who is told but does not answer it) with none, as they could
	 * not open it, the supervisors (unless already told as the department's) with the
	 * supervision office's.
	 */
	private void tell(DueItem item, Audience audience, Function<String, CaseNotice> notice) {
		Set<UUID> seeingToIt = new HashSet<>();
		accounts
			.staffHolding(
					item.answeredBy().stream().map(role -> DepartmentRole.of(role, item.departmentCode())).toList())
			.forEach(person -> seeingToIt.add(person.id()));
		Map<UUID, String> links = new HashMap<>();
		Map<UUID, StaffContact> told = new LinkedHashMap<>();
		audience.department().forEach(person -> {
			told.putIfAbsent(person.id(), person);
			links.putIfAbsent(person.id(), seeingToIt.contains(person.id()) ? item.departmentLink() : null);
		});
		audience.supervision().forEach(person -> {
			if (told.putIfAbsent(person.id(), person) == null) {
				links.put(person.id(), item.supervisionLink());
			}
		});
		told.values()
			.forEach(person -> notifications.tell(new Recipient(person.id(), person.mobile(), Locale.CHINA),
					notice.apply(links.get(person.id()))));
	}

	/** Whom to tell: the department's people, and the supervision office's. */
	private record Audience(List<StaffContact> department, List<StaffContact> supervision) {
	}

}
