package org.tongban.approval.publicity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.approval.CaseEnded;
import org.tongban.approval.DecisionPublicity;
import org.tongban.approval.DecisionRevoked;
import org.tongban.approval.documents.CaseDocuments;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.identifiers.PersonName;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.DeadlineWarned;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * Publishes decisions (双公示, R6.1, R15.9): every grant as soon as it is committed (on
 * informed commitment and automatic approval too), each revocation with the grant marked
 * revoked, and the validity of the licence a grant gave once it is issued. The holder is
 * an enterprise by its name or a natural person by a masked name; nothing else personal
 * is kept.
 * <p>
 * A grant is to be published within 7 working days of its decision. Should its
 * publication fail, the scan finds it: still in time, it is published at once; late, a
 * clock of its publication (keyed by {@link #clockOf(UUID)}) is started from the
 * decision, the warning scan raises it red like any other deadline (R8.3: notices,
 * accountability, the overdue report), and the grant is published as that warning is
 * raised. Each event is handled once even when delivered again.
 */
@Component
@EnableConfigurationProperties(PublicityProperties.class)
class Publicity implements DecisionPublicity {

	/** The working days within which a grant is published (R15.9). */
	static final int DAYS = 7;

	/** The audited object: the case, by its number. */
	static final String AUDITED = "publicity";

	/** The longest legal basis kept, as the column does. */
	private static final int MAX_BASIS = 500;

	/**
	 * Grants decided more recently are left to the listener, which publishes them as they
	 * are committed; the scan would only race it.
	 */
	static final Duration LEFT_TO_THE_LISTENER = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(Publicity.class);

	private final PublicityEntries store;

	private final CaseFiles files;

	private final Accounts accounts;

	private final MatterCatalog catalog;

	private final CaseDocuments documents;

	private final WorkingDayCalendar calendar;

	private final CaseClocks clocks;

	private final Audit audit;

	private final Clock clock;

	private final PublicityProperties properties;

	private final TransactionTemplate transaction;

	Publicity(PublicityEntries store, CaseFiles files, Accounts accounts, MatterCatalog catalog,
			CaseDocuments documents, WorkingDayCalendar calendar, CaseClocks clocks, Audit audit, Clock clock,
			PublicityProperties properties, PlatformTransactionManager transactions) {
		this.store = store;
		this.files = files;
		this.accounts = accounts;
		this.catalog = catalog;
		this.documents = documents;
		this.calendar = calendar;
		this.clocks = clocks;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
	}

	@ApplicationModuleListener
	void on(CaseEnded ended) {
		if (ended.outcome() == ApplicationStatus.GRANTED) {
			publishGrant(ended.caseId());
		}
	}

	/** The grant's entry names the licence's validity. */
	@Override
	@Transactional
	public void licensed(UUID caseId, String caseNumber, LocalDate validFrom, LocalDate validUntil) {
		publishGrant(caseId);
		if (store.licensed(caseId, validFrom, validUntil)) {
			audit.succeeded(AuditActor.PLATFORM, "publicity.licence", AUDITED, caseNumber,
					validFrom + "/" + validUntil);
		}
	}

	/**
	 * The revocation is published with its day and legal basis (the reasons may name
	 * persons, the provisions do not), and the grant's entry marked revoked.
	 */
	@ApplicationModuleListener
	void on(DecisionRevoked revoked) {
		publishRevocation(revoked.caseId(), revoked.number(), day(revoked.at()), revoked.legalBasis());
	}

	/** The department revoked the licence of the grant: published as its revocation. */
	@Override
	@Transactional
	public void licenceRevoked(UUID caseId, String caseNumber, LocalDate revokedOn, String legalBasis) {
		publishRevocation(caseId, caseNumber, revokedOn, legalBasis);
	}

	private void publishRevocation(UUID caseId, String caseNumber, LocalDate revokedOn, String legalBasis) {
		publishGrant(caseId);
		PublicityEntry grant = store.find(caseId, PublicityEntry.Kind.GRANT).orElse(null);
		if (grant == null) {
			log.warn("Revocation of {} not published: it was no grant", caseNumber);
			return;
		}
		Instant now = clock.instant();
		String basis = legalBasis == null || legalBasis.length() <= MAX_BASIS ? legalBasis
				: legalBasis.substring(0, MAX_BASIS);
		var entry = new PublicityEntry(UUID.randomUUID(), PublicityEntry.Kind.REVOCATION, grant.caseId(),
				grant.caseNumber(), grant.matterCode(), grant.matterName(), grant.departmentCode(),
				grant.departmentName(),
				documents.number(CaseDocuments.Kind.REVOCATION_DECISION, grant.departmentCode(), revokedOn,
						grant.caseNumber()),
				revokedOn, grant.holderKind(), grant.holderName(), null, null, basis, null, dueOn(revokedOn), day(now),
				now, revokedOn.plus(properties.period()));
		store.revoked(caseId, revokedOn);
		if (store.insertIfAbsent(entry)) {
			audit.succeeded(AuditActor.PLATFORM, "publicity.revoke", AUDITED, entry.caseNumber(),
					entry.decisionNumber());
		}
	}

	/**
	 * The red warning of a late publication's clock was raised: the grant is published
	 * now, and its clock stops.
	 */
	@ApplicationModuleListener
	void on(DeadlineWarned warned) {
		if (warned.level() != DeadlineWarned.Level.RED) {
			return;
		}
		Instant now = clock.instant();
		store.unpublishedGrant(warned.caseNumber(), listedFrom(day(now)), now)
			.filter(grant -> clockOf(grant.caseId()).equals(warned.caseId()))
			.ifPresent(grant -> publishGrant(grant.caseId()));
	}

	/**
	 * Publishes the grants whose publication failed: at once while still in time, and
	 * from the red warning of their clock once late.
	 * @return the numbers of the cases this call published (not those another node did)
	 */
	@Scheduled(fixedDelayString = "${tongban.publicity.scan-every:10m}",
			initialDelayString = "${tongban.publicity.scan-every:10m}")
	List<String> scan() {
		Instant now = clock.instant();
		LocalDate today = day(now);
		List<String> published = new ArrayList<>();
		for (PublicityEntries.Unpublished grant : store.unpublishedGrants(listedFrom(today),
				now.minus(LEFT_TO_THE_LISTENER))) {
			try {
				if (Boolean.TRUE.equals(transaction.execute(status -> catchUp(grant, today)))) {
					published.add(grant.number());
				}
			}
			catch (RuntimeException ex) {
				// One grant that cannot be published now is tried again on the next scan.
				log.warn("Grant {} not published: {}", grant.number(), ex.toString());
			}
		}
		return published;
	}

	/**
	 * @return whether it published the grant
	 */
	private boolean catchUp(PublicityEntries.Unpublished grant, LocalDate today) {
		LocalDate decidedOn = day(grant.decidedAt());
		LocalDate dueOn = dueOn(decidedOn);
		if (dueOn == null || !today.isAfter(dueOn)) {
			return publishGrant(grant.caseId());
		}
		UUID clockId = clockOf(grant.caseId());
		if (clocks.of(clockId).isEmpty()) {
			clocks.start(clockId, grant.number(), grant.decidedAt(), calendar.nextWorkingDay(decidedOn), DAYS, DAYS,
					false, null, null);
			clocks.describe(clockId, grant.departmentCode(), grant.matterCode(), grant.matterName());
			log.warn("Grant {} decided on {} not published by {}", grant.number(), decidedOn, dueOn);
		}
		return false;
	}

	/**
	 * Publishes the grant of the case once; stops the clock of its publication if it was
	 * late.
	 * @return whether this call published it
	 */
	boolean publishGrant(UUID caseId) {
		Instant decidedAt = store.grantedAt(caseId).orElse(null);
		if (decidedAt == null || store.find(caseId, PublicityEntry.Kind.GRANT).isPresent()) {
			return false;
		}
		Application application = files.get(caseId);
		Department department = catalog.guide(application.matterCode(), application.matterVersion()).department();
		String number = application.receipt().orElseThrow().number();
		boolean enterprise = application.applicantKind() == AccountKind.LEGAL_PERSON;
		String name = accounts.applicantName(application.applicantId()).orElse("");
		Instant now = clock.instant();
		LocalDate decidedOn = day(decidedAt);
		var entry = new PublicityEntry(UUID.randomUUID(), PublicityEntry.Kind.GRANT, caseId, number,
				application.matterCode(), application.matterName(), department.code(), department.name(),
				documents.number(CaseDocuments.Kind.GRANT_DECISION, department.code(), decidedOn, number), decidedOn,
				enterprise ? PublicityEntry.HolderKind.ENTERPRISE : PublicityEntry.HolderKind.PERSON,
				enterprise ? name : new PersonName(name).masked(), null, null, null, null, dueOn(decidedOn), day(now),
				now, decidedOn.plus(properties.period()));
		if (!store.insertIfAbsent(entry)) {
			return false;
		}
		clocks.of(clockOf(caseId)).filter(late -> !late.isStopped()).ifPresent(late -> clocks.stop(late.caseId(), now));
		audit.succeeded(AuditActor.PLATFORM, "publicity.publish", AUDITED, number,
				entry.decisionNumber() + (entry.publishedLate() ? " late, due " + entry.dueOn() : ""));
		return true;
	}

	/** The id of the clock of a late publication of the case's grant. */
	static UUID clockOf(UUID caseId) {
		return UUID.nameUUIDFromBytes(("publicity " + caseId).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The 7th working day after the decision; null while the calendar of its days is not
	 * loaded.
	 */
	private LocalDate dueOn(LocalDate decidedOn) {
		try {
			return calendar.addWorkingDays(decidedOn, DAYS);
		}
		catch (CalendarNotLoadedException ex) {
			return null;
		}
	}

	/**
	 * The first moment of the decisions still within their publicity period: older grants
	 * are not published late.
	 */
	private Instant listedFrom(LocalDate today) {
		return today.minus(properties.period()).atStartOfDay(clock.getZone()).toInstant();
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, clock.getZone());
	}

}
