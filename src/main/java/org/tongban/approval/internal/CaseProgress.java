package org.tongban.approval.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.application.CaseStep;
import org.tongban.application.CorrectionRequest;
import org.tongban.approval.CaseAccepted;
import org.tongban.approval.CaseEnded;
import org.tongban.approval.CaseView;
import org.tongban.approval.documents.CaseDocuments;
import org.tongban.approval.documents.CaseFacts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.notification.CaseNotice;
import org.tongban.shared.NotFoundException;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.PauseReason;

/**
 * What every way through a case has in common, whoever moves it (a member of staff, the
 * applicant, the law): entering a step with its clock and the applicant's timeline,
 * acceptance, the end, the history, the documents and what the applicant is told.
 */
@Component
class CaseProgress {

	private final CaseStore store;

	private final CaseClocks clocks;

	private final CaseFiles files;

	private final CaseDocuments documents;

	private final ApplicantNotices applicants;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseProgress(CaseStore store, CaseClocks clocks, CaseFiles files, CaseDocuments documents,
			ApplicantNotices applicants, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.clocks = clocks;
		this.files = files;
		this.documents = documents;
		this.applicants = applicants;
		this.clock = clock;
	}

	CaseRecord get(UUID caseId) {
		return store.find(caseId).orElseThrow(() -> new NotFoundException("approval.case.notFound", caseId));
	}

	/**
	 * A task of {@code step} was created: the step clock of a new step starts (the one of
	 * a step the case returns to after a correction goes on), and the applicant's
	 * timeline shows the step.
	 */
	void enter(UUID caseId, CaseStep step, Instant at) {
		CaseRecord record = get(caseId);
		CaseClock caseClock = clocks.of(caseId).orElseThrow();
		Optional<CaseClock.StepClock> open = openStep(caseClock);
		if (open.isEmpty() || !open.get().step().equals(step.name())) {
			open.ifPresent(running -> clocks.finishStep(caseId, running.step(), at));
			int limit = step == CaseStep.ACCEPTANCE ? CaseClocks.ACCEPTANCE_DAYS : caseClock.committedLimitDays();
			caseClock = clocks.startStep(caseId, step.name(), limit, at);
		}
		if (step != record.step()) {
			LocalDate dueOn = openStep(caseClock).map(CaseClock.StepClock::dueOn).orElse(null);
			files.enterStep(caseId, step, record.departmentCode(), dueOn, at);
			store.update(record.atStep(step, at));
		}
	}

	/**
	 * The case is accepted from {@code acceptedOn}, by a clerk or by law: the applicant's
	 * side knows, and gets the acceptance notice.
	 */
	CaseRecord accept(CaseRecord record, Instant at, LocalDate acceptedOn, boolean deemed) {
		LocalDate decisionDueOn = accepted(record, at, acceptedOn);
		issue(record, documents.acceptanceNotice(facts(record),
				new CaseDocuments.Acceptance(acceptedOn, decisionDueOn, deemed)));
		tell(record, CaseNotice.accepted(record.number(), record.matterName(), acceptedOn));
		return store.update(record.acceptedOn(acceptedOn));
	}

	/**
	 * The case is accepted, its clock counting to the decision, without the notice yet: a
	 * grant by the platform issues it after its commit ({@link PlatformGrants}).
	 * @return the day the decision is due
	 */
	LocalDate accepted(CaseRecord record, Instant at, LocalDate acceptedOn) {
		files.accepted(record.id(), at);
		LocalDate dueOn = clocks.accepted(record.id(), acceptedOn).dueOn();
		events.publishEvent(new CaseAccepted(record.id(), record.number(), record.matterCode(), record.departmentCode(),
				acceptedOn, at));
		return dueOn;
	}

	CaseRecord update(CaseRecord record) {
		return store.update(record);
	}

	/**
	 * The case is accepted by a clerk without the materials named (容缺, R4.3, R15.6): the
	 * clock runs as on any acceptance, and the notice names the gaps and their day.
	 * @param gaps the materials, named in Chinese
	 */
	CaseRecord acceptWithGaps(CaseRecord record, Instant at, LocalDate acceptedOn, String gaps, LocalDate supplyBy) {
		LocalDate decisionDueOn = accepted(record, at, acceptedOn);
		issue(record, documents.acceptanceNotice(facts(record),
				new CaseDocuments.Acceptance(acceptedOn, decisionDueOn, false, gaps, supplyBy)));
		tell(record, CaseNotice.acceptedWithGaps(record.number(), record.matterName(), acceptedOn, gaps, supplyBy));
		return store.update(record.acceptedOn(acceptedOn));
	}

	/**
	 * The case ended: refused, decided or withdrawn. Its clock stops with the step and
	 * any pause under way, and the applicant's side knows (a withdrawal it knows
	 * already); so does whatever waits for the case ({@link CaseEnded}).
	 */
	CaseRecord end(CaseRecord record, ApplicationStatus outcome, Instant at) {
		return end(record, outcome, at, false);
	}

	/**
	 * The case ended as {@link #end(CaseRecord, ApplicationStatus, Instant)} says.
	 * @param byPlatform whether the platform decided it without a person
	 */
	CaseRecord end(CaseRecord record, ApplicationStatus outcome, Instant at, boolean byPlatform) {
		CaseClock stopped = clocks.stop(record.id(), at);
		if (outcome != ApplicationStatus.WITHDRAWN) {
			files.finish(record.id(), outcome, at);
		}
		CaseRecord ended = store.update(get(record.id()).ended(outcome, at));
		events.publishEvent(new CaseEnded(record.id(), record.number(), outcome, at, byPlatform, stopped.dueOn(),
				stopped.usedDays()));
		return ended;
	}

	/**
	 * Records what a member of staff did (R5.4) on the task of a step under way (one of
	 * several where branches run in parallel), as the role in which they did it.
	 */
	void record(CaseRecord record, CaseStep step, Actor staff, DepartmentRole role, String action, String opinion,
			String outcome) {
		record(record, step.name(), staff, role, action, opinion, outcome);
	}

	/**
	 * Records what a member of staff did on the case as a whole, where it stands (R5.4).
	 */
	void record(CaseRecord record, Actor staff, DepartmentRole role, String action, String opinion, String outcome) {
		record(record, record.stateCode(), staff, role, action, opinion, outcome);
	}

	private void record(CaseRecord record, String state, Actor staff, DepartmentRole role, String action,
			String opinion, String outcome) {
		store.record(record.id(), new CaseView.HistoryEntry(clock.instant(), staff.name(),
				role == null ? null : role.role().name(), record.departmentCode(), state, action, opinion, outcome),
				staff.id());
	}

	/** Records what the applicant or the platform did. */
	void record(CaseRecord record, UUID actorId, String actorName, String role, String action, String opinion,
			String outcome) {
		store.record(record.id(), new CaseView.HistoryEntry(clock.instant(), actorName, role, record.departmentCode(),
				record.stateCode(), action, opinion, outcome), actorId);
	}

	/** The history of the case, oldest first. */
	List<CaseView.HistoryEntry> history(UUID caseId) {
		return store.history(caseId);
	}

	/**
	 * The correction notice (一次性告知) is given: the clock pauses until the applicant
	 * resubmits, who may change the listed items only and gets the notice.
	 */
	void requestCorrection(CaseRecord record, CorrectionRequest request) {
		clocks.pause(record.id(), PauseReason.CORRECTION, request.note(), request.requestedAt());
		files.requestCorrection(record.id(), request);
		issue(record, documents.correctionNotice(facts(record), request));
	}

	/**
	 * The process waits for the correction: no task is open and the case is at
	 * {@code CORRECTION}.
	 */
	CaseRecord awaitCorrection(UUID caseId, Instant at) {
		return store.update(get(caseId).atStep(CaseStep.CORRECTION, at));
	}

	/** Gives the applicant a document of the case. */
	void issue(CaseRecord record, CaseDocument document) {
		files.addDocument(record.id(), document);
	}

	CaseFacts facts(CaseRecord record) {
		return new CaseFacts(record.number(), record.applicantName(), record.matterCode(), record.matterVersion(),
				LocalDate.ofInstant(record.receivedAt(), clock.getZone()));
	}

	/**
	 * Tells the applicant in Chinese, by SMS too when their account has a mobile number
	 * (R6.2). An enterprise has none: its agents are told too, by SMS at the mobile each
	 * verified and by e-mail at the address each gave.
	 */
	void tell(CaseRecord record, CaseNotice notice) {
		applicants.tell(record.applicantId(), files.verifiedContactPhone(record.id()), notice);
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	java.time.ZoneId zone() {
		return clock.getZone();
	}

	static Optional<CaseClock.StepClock> openStep(CaseClock caseClock) {
		return caseClock.steps().stream().filter(step -> step.finishedAt() == null).reduce((first, second) -> second);
	}

}
