package org.tongban.approval.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.CaseFiles;
import org.tongban.approval.DecisionRevoked;
import org.tongban.approval.PostVerification;
import org.tongban.approval.PostVerifications;
import org.tongban.approval.documents.CaseDocuments;
import org.tongban.exchange.CreditEventKind;
import org.tongban.exchange.CreditRegister;
import org.tongban.exchange.CreditSubject;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.Notifications;
import org.tongban.notification.Recipient;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.DeadlineWarned;

/**
 * The reviewers' side of post-verification (事后核查, R5.5, R15.7): the open verifications of
 * their departments, each with the commitment signed and the day it is due, and the
 * outcome. A false commitment revokes the grant (the case and the application stand
 * revoked, the applicant gets the revocation decision and is told), writes a credit
 * record with the case number as its reference, and publishes {@link DecisionRevoked}.
 * Every opening and every outcome is in the audit trail and, the outcome, in the case's
 * history.
 */
@Service
class PostVerificationDesk implements PostVerifications {

	private static final Logger log = LoggerFactory.getLogger(PostVerificationDesk.class);

	static final String VIEW = "case.post-verification.view";

	static final String RECORD = "case.post-verification";

	/** The audited object of an unknown verification, by its id. */
	static final String VERIFICATION = "post-verification";

	private final PostVerificationStore store;

	private final CaseProgress progress;

	private final CaseStore cases;

	private final CaseFiles files;

	private final CaseClocks clocks;

	private final CaseDocuments documents;

	private final CreditRegister credit;

	private final Accounts accounts;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Audit audit;

	private final TransactionTemplate transactions;

	PostVerificationDesk(PostVerificationStore store, CaseProgress progress, CaseStore cases, CaseFiles files,
			CaseClocks clocks, CaseDocuments documents, CreditRegister credit, Accounts accounts,
			Notifications notifications, ApplicationEventPublisher events, MessageSource messages, Audit audit,
			TransactionTemplate transactions) {
		this.store = store;
		this.progress = progress;
		this.cases = cases;
		this.files = files;
		this.clocks = clocks;
		this.documents = documents;
		this.credit = credit;
		this.accounts = accounts;
		this.notifications = notifications;
		this.events = events;
		this.messages = messages;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public List<PostVerification> open(Actor reviewer) {
		List<PostVerificationStore.Row> rows = store.open(reviewingDepartments(reviewer));
		Map<UUID, CaseClock> clocked = clocks.of(rows.stream().map(PostVerificationStore.Row::id).toList());
		return rows.stream().map(row -> view(row, clocked.get(row.id()), false)).toList();
	}

	@Override
	public PostVerification get(Actor reviewer, UUID id) {
		return audited(reviewer, VIEW, id, null, () -> {
			PostVerificationStore.Row row = ofDepartment(reviewer, id);
			return view(row, clocks.of(row.id()).orElse(null), true);
		});
	}

	@Override
	public PostVerification record(Actor reviewer, UUID id, PostVerification.Outcome outcome, String reasons,
			String legalBasis) {
		String why = text(reasons, "reasons");
		String basis = text(legalBasis, "legalBasis");
		return audited(reviewer, RECORD, id, outcome == null ? null : outcome.name(), () -> {
			PostVerificationStore.Row row = ofDepartment(reviewer, id);
			if (outcome == null) {
				throw new InvalidParameterException("outcome", "approval.postVerification.outcome.required");
			}
			if (outcome == PostVerification.Outcome.FALSE_COMMITMENT) {
				if (why == null) {
					throw new InvalidParameterException("reasons", "approval.postVerification.reasons.required");
				}
				if (basis == null) {
					throw new InvalidParameterException("legalBasis", "approval.postVerification.legalBasis.required");
				}
			}
			if (row.outcome() != null) {
				throw new RefusedException(Refusal.CONFLICT, "approval.postVerification.decidedAlready");
			}
			if (isOwnCase(reviewer, row.applicantId())) {
				throw new RefusedException(Refusal.CONFLICT, "approval.postVerification.ownCase");
			}
			var at = progress.now();
			if (!store.decide(id, outcome, why, basis, reviewer.id(), at)) {
				throw new RefusedException(Refusal.CONFLICT, "approval.postVerification.decidedAlready");
			}
			CaseRecord record = progress.get(row.caseId());
			progress.record(record, reviewer, DepartmentRole.of(Role.REVIEWER, row.departmentCode()), RECORD_ACTION,
					basis == null ? why : why + "\n" + basis, outcome.name());
			if (outcome == PostVerification.Outcome.FALSE_COMMITMENT) {
				revoke(reviewer, record, row, why, basis);
			}
			clocks.stop(id, at);
			PostVerificationStore.Row decided = store.find(id).orElseThrow();
			return view(decided, clocks.of(id).orElse(null), true);
		});
	}

	/** What the case's history calls the outcome of the verification. */
	static final String RECORD_ACTION = "POST_VERIFICATION";

	/**
	 * Revokes the grant of a false commitment: the decision document, the status, the
	 * credit record, the applicant's notice and the event, in one transaction.
	 */
	private void revoke(Actor reviewer, CaseRecord record, PostVerificationStore.Row row, String reasons,
			String legalBasis) {
		var at = progress.now();
		files.revoke(record.id(), at);
		progress.issue(record, documents.revocation(progress.facts(record),
				new CaseDocuments.Revocation(row.grantedOn(), reasons, legalBasis)));
		CaseRecord revoked = cases.update(record.revoked());
		String why = messages.getMessage("approval.postVerification.credit", new Object[] { record.number(), reasons },
				Locale.CHINA);
		credit.record(subjectOf(accounts.particulars(record.applicantId())), CreditEventKind.FALSE_COMMITMENT,
				record.number(), why.length() > MAX_TEXT ? why.substring(0, MAX_TEXT) : why, reviewer.id().toString());
		progress.tell(revoked, CaseNotice.revoked(record.number(), record.matterName()));
		events.publishEvent(new DecisionRevoked(record.id(), record.number(), record.departmentCode(),
				record.matterCode(), record.applicantId(), reasons, legalBasis, at));
		log.info("Case {} revoked on post-verification: false commitment", record.number());
	}

	/**
	 * Tells the department's reviewers of a warning on the clock of a post-verification
	 * (R8.3): the case's own warnings go to its handlers, and this clock has none.
	 */
	@ApplicationModuleListener
	void on(DeadlineWarned warned) {
		Optional<PostVerificationStore.Row> found = store.find(warned.caseId()).filter(row -> row.outcome() == null);
		if (found.isEmpty()) {
			return;
		}
		PostVerificationStore.Row row = found.get();
		CaseRecord record = progress.get(row.caseId());
		LocalizedText limit = LocalizedText.of(
				messages.getMessage("approval.postVerification.title", null, Locale.CHINA),
				messages.getMessage("approval.postVerification.title", null, Locale.ENGLISH));
		CaseNotice notice = CaseNotice.deadlineWarned(record.number(), record.matterName(),
				warned.level() == DeadlineWarned.Level.RED, limit, warned.dueOn());
		accounts.staffHolding(List.of(DepartmentRole.of(Role.REVIEWER, row.departmentCode())))
			.forEach(person -> notifications.tell(new Recipient(person.id(), person.mobile(), Locale.CHINA), notice));
	}

	private PostVerification view(PostVerificationStore.Row row, CaseClock clock, boolean withCommitment) {
		CaseRecord record = progress.get(row.caseId());
		String decidedBy = row.decidedBy() == null ? null
				: accounts.actor(row.decidedBy()).map(Actor::name).orElse(null);
		return new PostVerification(row.id(), row.caseId(), row.number(), row.departmentCode(), record.matterCode(),
				record.matterName(), record.applicantName(), row.grantedOn(), row.verificationDays(),
				clock == null ? null : clock.dueOn(),
				clock == null || row.outcome() != null ? null : clock.remainingDays(), row.outcome(), row.reasons(),
				row.legalBasis(), decidedBy, row.decidedAt(),
				withCommitment ? files.commitment(row.caseId()) : Optional.empty());
	}

	/** A verification of one of the reviewer's departments; any other is unknown. */
	private PostVerificationStore.Row ofDepartment(Actor reviewer, UUID id) {
		return store.find(id)
			.filter(row -> reviewingDepartments(reviewer).contains(row.departmentCode()))
			.orElseThrow(() -> new NotFoundException("approval.postVerification.notFound"));
	}

	private static Set<String> reviewingDepartments(Actor staff) {
		return staff.roles()
			.stream()
			.filter(role -> role.role() == Role.REVIEWER)
			.map(DepartmentRole::department)
			.collect(Collectors.toSet());
	}

	/**
	 * Whether the reviewer is the applicant, or an agent of the applicant enterprise, as
	 * far as the platform knows (R12.7).
	 */
	private boolean isOwnCase(Actor reviewer, UUID applicantId) {
		return accounts.actsFor(reviewer.id(), applicantId);
	}

	private static CreditSubject subjectOf(ApplicantParticulars applicant) {
		return applicant.creditCode() != null ? CreditSubject.of(applicant.creditCode())
				: CreditSubject.of(applicant.residentId());
	}

	/** A text given, stripped, or null when blank; too long is refused. */
	private static String text(String given, String parameter) {
		if (given == null || given.isBlank()) {
			return null;
		}
		String text = given.strip();
		if (text.length() > MAX_TEXT) {
			throw new InvalidParameterException(parameter, "approval.postVerification.tooLong", MAX_TEXT);
		}
		return text;
	}

	/**
	 * Does the work in a transaction with its audit record, on the case by its number
	 * where the verification is known; or records the refusal.
	 */
	private <T> T audited(Actor reviewer, String action, UUID id, String detail, Supplier<T> work) {
		String number = store.find(id).map(PostVerificationStore.Row::number).orElse(null);
		String objectType = number == null ? VERIFICATION : CaseDesk.CASE;
		Object objectId = number == null ? id : number;
		try {
			return transactions.execute(status -> {
				T done = work.get();
				audit.succeeded(reviewer.audited(), action, objectType, objectId, detail);
				return done;
			});
		}
		catch (RuntimeException refused) {
			audit.failed(reviewer.audited(), action, objectType, objectId,
					(detail == null ? "" : detail + " ") + Audit.reason(refused));
			throw refused;
		}
	}

}
