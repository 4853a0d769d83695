package org.tongban.approval.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.tongban.application.Application;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseMessage;
import org.tongban.application.Channel;
import org.tongban.application.CaseStep;
import org.tongban.application.CorrectionItem;
import org.tongban.application.RuleExplanation;
import org.tongban.approval.CaseView;
import org.tongban.approval.WorkItem;
import org.tongban.supervision.CaseClock;

/**
 * The staff API's view of cases and tasks: names in the request's language, actions as
 * their paths.
 */
final class StaffCaseJson {

	private StaffCaseJson() {
	}

	/**
	 * @param limitsCountFrom the first working day the case's limits count, null while
	 * not dated
	 * @param countedFrom what that day follows: {@code RECEIPT} until the case is
	 * accepted, then {@code ACCEPTANCE} (art. 42, R15.3); null for a case without a clock
	 * @param gaps where the materials the case was accepted without stand:
	 * {@code AWAITED}, {@code SUPPLIED} or {@code OVERDUE} (R15.6); null for a case
	 * accepted without gaps
	 */
	record Task(String number, String matterCode, String matterName, String applicantName, CaseStep step,
			String departmentCode, Instant receivedAt, Instant stepStartedAt, String claimedBy, boolean claimedByMe,
			LocalDate limitsCountFrom, CaseClock.CountedFrom countedFrom, LocalDate dueOn, LocalDate caseDueOn,
			Integer remainingDays, boolean paused, WorkItem.DeadlineColour colour, boolean provisional, String taskId,
			org.tongban.application.Gap.State gaps) {

		static Task of(WorkItem item, Locale locale) {
			return new Task(item.number(), item.matterCode(), item.matterName().in(locale), item.applicantName(),
					item.step(), item.departmentCode(), item.receivedAt(), item.stepStartedAt(), item.claimedBy(),
					item.claimedByMe(), item.limitsCountFrom(), item.countedFrom(), item.dueOn(), item.caseDueOn(),
					item.remainingDays(), item.paused(), item.colour(), item.provisional(), item.taskId(), item.gaps());
		}

	}

	/**
	 * @param actions what the caller may do now, as the paths of {@code POST
	 * /api/v1/staff/cases/{number}/{action}}
	 * @param channel where the application was made: {@code ONLINE}, or {@code WINDOW}
	 * when a clerk of the integrated window registered it for the applicant (R4.5)
	 * @param answers the applicant's answers by form field
	 * @param limitsCountFrom the first working day the limits count
	 * ({@code clock.startsOn}), null while not dated
	 * @param countedFrom what that day follows: {@code RECEIPT} until the case is
	 * accepted, then {@code ACCEPTANCE} on {@code clock.acceptedOn} (art. 42, R15.3);
	 * null for a case without a clock
	 * @param task the open task that {@code step}'s claim, {@code actions} and
	 * {@code sendBackTargets} are of, or null
	 * @param tasks the open tasks of the case, several where branches run in parallel: an
	 * action names one of them ({@code task}) where several are {@code forMe}
	 * @param automaticCheck the automatic approval check (R5.6, R16.2): each rule, the
	 * source that answered and when, the value read (a personal one masked) and its
	 * verdict; null where the matter has none
	 */
	record Case(UUID caseId, String number, String matterCode, int matterVersion, String matterName,
			String departmentCode, String status, Channel channel, String step, String claimedBy, boolean claimedByMe,
			List<String> actions, List<String> sendBackTargets, Map<String, List<String>> answers,
			List<Material> materials, List<CaseDocument> documents, List<CaseMessage> messages,
			List<CorrectionItem> correction, CaseView.SpecialPeriod specialPeriod, LocalDate limitsCountFrom,
			CaseClock.CountedFrom countedFrom, CaseClock clock, List<CaseView.HistoryEntry> history,
			String processDefinition, String task, List<CaseView.OpenTask> tasks, RuleExplanation automaticCheck,
			List<Gap> gaps) {

		static Case of(CaseView view, Locale locale) {
			Application application = view.application();
			return new Case(view.caseId(), view.number(), application.matterCode(), application.matterVersion(),
					application.matterName().in(locale), application.departmentCode(), application.status().name(),
					application.channel(), view.step(), view.claimedBy(), view.claimedByMe(),
					view.actions().stream().sorted().map(action -> action.path()).toList(), view.sendBackTargets(),
					application.answers().values(),
					application.materials()
						.stream()
						.map(material -> new Material(material.attachmentId(), material.materialCode(),
								material.materialName().in(locale), material.displayName(), material.type(),
								material.size(), material.scannedAtWindow()))
						.toList(),
					application.documents(), application.messages(), view.correction(), view.specialPeriod(),
					view.clock() == null ? null : view.clock().startsOn(),
					view.clock() == null ? null : view.clock().countedFrom(), view.clock(), view.history(),
					view.processDefinition(), view.task(), view.tasks(), view.automaticCheck(),
					view.gaps().stream().map(gap -> Gap.of(gap, locale)).toList());
		}

	}

	/**
	 * A material the case was accepted without (容缺, R4.3, R15.6).
	 *
	 * @param suppliedAt when the applicant supplied it, or null
	 * @param overdueAt when it was found not supplied in time, or null
	 */
	record Gap(String materialCode, String materialName, LocalDate supplyBy, Instant suppliedAt, Instant overdueAt) {

		static Gap of(org.tongban.application.Gap gap, Locale locale) {
			return new Gap(gap.materialCode(), gap.materialName().in(locale), gap.supplyBy(), gap.suppliedAt(),
					gap.overdueAt());
		}

	}

	/**
	 * A file of the application; {@code GET .../files/{attachmentId}} gives it.
	 *
	 * @param scannedAtWindow whether the integrated window scanned it from paper (R4.5)
	 */
	record Material(UUID attachmentId, String materialCode, String materialName, String displayName, String type,
			long size, boolean scannedAtWindow) {
	}

}
