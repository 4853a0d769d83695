package org.tongban.approval.bundles;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleFiles;
import org.tongban.approval.CaseWork;
import org.tongban.approval.internal.StaffTexts;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;

/**
 * What the lead department (牵头部门) of a bundle does on it as a whole (R5.2, R15.3): it
 * sees every member's state and deadline and the bundle's clock, extends that clock once
 * (its approver, with the reason the applicant is told) and writes to the applicant. A
 * bundle another department leads is not found, as one that does not exist: its staff see
 * their own members' cases only. Every opening and action leaves one audit record
 * ({@code bundle.<verb>} on the bundle by its number), a refusal as a failure.
 */
@Service
public class BundleDesk {

	/** The most bundles the lead department's list shows: the newest. */
	static final int LIST_LIMIT = 200;

	/** The roles of a department that work on cases, and so see the bundles it leads. */
	private static final Set<Role> CASE_ROLES = EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER);

	private final BundleRecords store;

	private final BundleFiles bundles;

	private final CaseClocks clocks;

	private final MatterCatalog catalog;

	private final Audit audit;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final BundleOutcomes outcomes;

	BundleDesk(BundleRecords store, BundleFiles bundles, CaseClocks clocks, MatterCatalog catalog, Audit audit,
			MessageSource messages, Clock clock, PlatformTransactionManager transactions, BundleOutcomes outcomes) {
		this.outcomes = outcomes;
		this.store = store;
		this.bundles = bundles;
		this.clocks = clocks;
		this.catalog = catalog;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The bundles the departments the member of staff works for lead, newest first. */
	public List<BundleView> led(Actor staff) {
		return staff.roles()
			.stream()
			.filter(role -> CASE_ROLES.contains(role.role()))
			.map(DepartmentRole::department)
			.distinct()
			.flatMap(department -> store.ledBy(department, LIST_LIMIT).stream())
			.sorted((one, other) -> other.receivedAt().compareTo(one.receivedAt()))
			.map(record -> view(staff, record))
			.toList();
	}

	/**
	 * A bundle its lead department's staff see whole.
	 * @throws NotFoundException for an unknown bundle or one another department leads
	 */
	public BundleView open(Actor staff, String number) {
		return audited(staff, "bundle.view", number, () -> view(staff, led(staff, number)));
	}

	/**
	 * The one extension of the bundle's clock (art. 42: 15 working days for joint
	 * handling), by an approver of the lead department, with the reason the applicant is
	 * told.
	 */
	public BundleView extend(Actor staff, String number, String reason) {
		return audited(staff, "bundle.extend", number, () -> {
			BundleRecord record = open(led(staff, number));
			String why = StaffTexts.required("reason", reason, CaseClocks.MAX_TEXT);
			if (!staff.roles().contains(DepartmentRole.of(Role.APPROVER, record.leadDepartmentCode()))) {
				throw new RefusedException(Refusal.CONFLICT, "approval.bundle.extend.approverOnly");
			}
			if (clocks.of(record.id()).map(CaseClock::isExtended).orElse(false)) {
				throw new RefusedException(Refusal.CONFLICT, "approval.bundle.extend.once");
			}
			Instant now = clock.instant();
			CaseClock extended = clocks.extend(record.id(), staff.id(), why, now);
			bundles.writeAsLeadDepartment(record.id(), messages.getMessage("approval.bundle.extended.message",
					new Object[] { record.number(), extended.extension().days(), extended.dueOn(), why }, Locale.CHINA),
					now);
			outcomes.tellMessage(bundles.get(record.id()));
			return view(staff, record);
		});
	}

	/** A message of the lead department to the applicant on the whole bundle (R4.4). */
	public BundleView write(Actor staff, String number, String body) {
		return audited(staff, "bundle.message", number, () -> {
			BundleRecord record = open(led(staff, number));
			String text = StaffTexts.required("body", body, CaseWork.MAX_TEXT);
			bundles.writeAsLeadDepartment(record.id(), text, clock.instant());
			outcomes.tellMessage(bundles.get(record.id()));
			return view(staff, record);
		});
	}

	/** The bundle, if the staff's departments lead it. */
	private BundleRecord led(Actor staff, String number) {
		return store.findByNumber(number)
			.filter(record -> staff.roles()
				.stream()
				.anyMatch(role -> CASE_ROLES.contains(role.role())
						&& role.department().equals(record.leadDepartmentCode())))
			.orElseThrow(() -> new NotFoundException("approval.bundle.notFound", number));
	}

	private static BundleRecord open(BundleRecord record) {
		if (!record.isOpen()) {
			throw new RefusedException(Refusal.CONFLICT, "approval.bundle.ended");
		}
		return record;
	}

	private BundleView view(Actor staff, BundleRecord record) {
		BundleApplication bundle = bundles.get(record.id());
		List<UUID> memberIds = bundle.members().stream().map(BundleApplication.Member::applicationId).toList();
		Map<UUID, CaseClock> memberClocks = clocks.of(memberIds);
		CaseClock bundleClock = clocks.of(record.id()).orElse(null);
		boolean mayExtend = record.isOpen() && bundleClock != null && !bundleClock.isExtended()
				&& staff.roles().contains(DepartmentRole.of(Role.APPROVER, record.leadDepartmentCode()));
		return new BundleView(record.number(), record.bundleCode(), bundle.bundleName(), record.leadDepartmentCode(),
				record.receivedAt(), bundle.status(), bundleClock,
				bundle.members()
					.stream()
					.map(member -> new BundleView.Member(member.number(), member.matterCode(), member.matterName(),
							member.departmentCode(), member.stage(), member.status(),
							memberClocks.containsKey(member.applicationId())
									? memberClocks.get(member.applicationId()).dueOn() : null))
					.toList(),
				mayExtend);
	}

	/**
	 * Runs a read or action in one transaction with its audit record; a refusal is
	 * recorded as a failure.
	 */
	private <T> T audited(Actor staff, String action, String number, Supplier<T> work) {
		try {
			return transaction.execute(status -> {
				T done = work.get();
				audit.succeeded(staff.audited(), action, BundleStages.BUNDLE, number, null);
				return done;
			});
		}
		catch (NotFoundException | RefusedException | InvalidParameterException ex) {
			audit.failed(staff.audited(), action, BundleStages.BUNDLE, number, Audit.reason(ex));
			throw ex;
		}
	}

}
