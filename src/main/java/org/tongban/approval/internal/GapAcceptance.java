package org.tongban.approval.internal;

import static org.tongban.approval.internal.StaffTexts.optional;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tongban.application.Application;
import org.tongban.application.CaseFiles;
import org.tongban.application.CaseStep;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * Acceptance with gaps (容缺受理, R4.3, R15.6): the core materials are there, and the clerk
 * accepts without named materials that the matter version lets follow, to be supplied by
 * a day the platform bounds: at most {@value #MOST_WORKING_DAYS} working days after
 * acceptance and at least {@value #WORKING_DAYS_BEFORE_DUE} working days before the
 * committed due day of the decision. The clock keeps running. It is not offered to an
 * applicant with a credit record in force: the clerk asks for the missing materials in
 * the correction notice instead.
 */
@Component
class GapAcceptance {

	/** The latest supply day, in working days after acceptance (R15.6). */
	static final int MOST_WORKING_DAYS = 20;

	/** The working days the supply day comes at least before the committed due day. */
	static final int WORKING_DAYS_BEFORE_DUE = 2;

	/** Why the credit register is read, as the person whose record it is reads it. */
	private static final LocalizedText CREDIT_CHECK = LocalizedText.of("容缺受理前核查信用记录",
			"Credit check before an acceptance with gaps");

	private final CaseTasks caseTasks;

	private final CaseProgress progress;

	private final CaseFiles files;

	private final GapCandidates candidates;

	private final CaseClocks clocks;

	private final WorkingDayCalendar calendar;

	private final ApplicantCredit credit;

	private final CaseViews views;

	GapAcceptance(CaseTasks caseTasks, CaseProgress progress, CaseFiles files, GapCandidates candidates,
			CaseClocks clocks, WorkingDayCalendar calendar, ApplicantCredit credit, CaseViews views) {
		this.caseTasks = caseTasks;
		this.progress = progress;
		this.files = files;
		this.candidates = candidates;
		this.clocks = clocks;
		this.calendar = calendar;
		this.credit = credit;
		this.views = views;
	}

	CaseView accept(Actor staff, String number, String taskId, List<String> materialCodes, LocalDate supplyBy,
			String opinion) {
		String remark = optional("opinion", opinion);
		CaseTasks.Act act = caseTasks.act(staff, number, taskId, Route.ACCEPT.value());
		if (act.step() != CaseStep.ACCEPTANCE) {
			throw new RefusedException(Refusal.CONFLICT, "approval.gaps.notAtAcceptance");
		}
		Application application = files.get(act.record().id());
		Set<String> gaps = gaps(application, materialCodes);
		if (supplyBy == null) {
			throw new InvalidParameterException("supplyBy", "approval.gaps.supplyBy.missing");
		}
		// Read before anything is written: the register logs the read in a transaction of
		// its own.
		if (credit.hasRecordInForce(act.record(), CREDIT_CHECK)) {
			throw new RefusedException(Refusal.CONFLICT, "approval.gaps.creditRecord");
		}
		LocalDate acceptedOn = progress.today();
		LocalDate decisionDueOn = clocks.accepted(act.record().id(), acceptedOn).dueOn();
		LocalDate latest = latestSupplyDay(acceptedOn, decisionDueOn);
		if (!supplyBy.isAfter(acceptedOn)) {
			throw new InvalidParameterException("supplyBy", "approval.gaps.supplyBy.notAfterAcceptance", acceptedOn);
		}
		if (latest == null || latest.isBefore(supplyBy)) {
			throw new InvalidParameterException("supplyBy",
					latest == null || !latest.isAfter(acceptedOn) ? "approval.gaps.supplyBy.noRoom"
							: "approval.gaps.supplyBy.tooLate",
					latest, MOST_WORKING_DAYS, WORKING_DAYS_BEFORE_DUE, decisionDueOn);
		}
		MatterVersion version = candidates.version(application);
		String named = gaps.stream().map(code -> nameOf(version, code).zh()).collect(Collectors.joining("、"));
		String listed = named + "\n" + supplyBy + (remark == null ? "" : "\n" + remark);
		progress.record(act.record(), act.step(), staff, act.role(), CaseAction.ACCEPT_WITH_GAPS.name(), listed, null);
		files.acceptWithGaps(act.record().id(), List.copyOf(gaps), supplyBy, act.at());
		progress.acceptWithGaps(act.record(), act.at(), acceptedOn, named, supplyBy);
		caseTasks.complete(act, Route.ACCEPT.value());
		return views.open(staff, number, null);
	}

	/**
	 * The latest supply day for an acceptance on the day: null when the committed due day
	 * leaves no room.
	 */
	LocalDate latestSupplyDay(LocalDate acceptedOn, LocalDate decisionDueOn) {
		LocalDate mostAfterAcceptance = calendar.addWorkingDays(acceptedOn, MOST_WORKING_DAYS);
		if (decisionDueOn == null) {
			return mostAfterAcceptance;
		}
		LocalDate beforeDue = decisionDueOn.minusDays(1);
		while (beforeDue.isAfter(acceptedOn)
				&& calendar.workingDaysBetween(beforeDue, decisionDueOn) < WORKING_DAYS_BEFORE_DUE) {
			beforeDue = beforeDue.minusDays(1);
		}
		if (!beforeDue.isAfter(acceptedOn)) {
			return null;
		}
		return beforeDue.isBefore(mostAfterAcceptance) ? beforeDue : mostAfterAcceptance;
	}

	/**
	 * The materials named: at least one, each one that the version lets follow and the
	 * application lacks.
	 */
	private Set<String> gaps(Application application, List<String> materialCodes) {
		if (materialCodes == null || materialCodes.isEmpty()) {
			throw new InvalidParameterException("gaps", "approval.gaps.materials.missing");
		}
		List<MatterVersion.Material> candidates = this.candidates.of(application);
		Set<String> gaps = new LinkedHashSet<>();
		for (int i = 0; i < materialCodes.size(); i++) {
			String code = materialCodes.get(i);
			if (candidates.stream().noneMatch(material -> material.code().equals(code))) {
				throw new InvalidParameterException("gaps[" + i + "]", "approval.gaps.materials.notMayFollow",
						String.valueOf(code));
			}
			gaps.add(code);
		}
		return gaps;
	}

	private static LocalizedText nameOf(MatterVersion version, String code) {
		return version.materials()
			.stream()
			.filter(material -> material.code().equals(code))
			.map(MatterVersion.Material::name)
			.findFirst()
			.orElseThrow();
	}

}
