package org.tongban.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tongban.shared.LocalizedText;

/**
 * R6.2, R13: every kind of case notice has its in-app, SMS and e-mail texts in Chinese
 * and in English, and each uses the values the notice carries.
 */
class CaseNoticeTemplatesTests {

	static final LocalizedText FOOD_LICENCE = LocalizedText.of("食品经营许可", "Food business licence");

	static final LocalizedText REVIEW_LIMIT = LocalizedText.of("审查时限", "the time limit of the Review step");

	static final List<String> CHANNELS = List.of("inApp", "sms", "email.subject", "email.body");

	final ResourceBundleMessageSource bundle = NotificationsTests.bundle();

	@Test
	void everyKindIsWrittenForEveryChannelInBothLanguages() {
		for (CaseNotice notice : oneOfEachKind()) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				Object[] arguments = LocalizedText.in(locale, notice.arguments().toArray());
				for (String channel : CHANNELS) {
					String key = "notification.case." + notice.kind() + "." + channel;
					String text = bundle.getMessage(key, arguments, locale);
					assertThat(text).as(key + " in " + locale).doesNotContain("{", "}").contains("TB20261127000001");
					assertThat(text).as(key + " in " + locale)
						.doesNotContain(locale == Locale.ENGLISH ? "食品经营许可" : "Food business licence");
				}
				assertThat(bundle.getMessage("notification.case." + notice.kind() + ".inApp", arguments, locale))
					.as("the in-app text names the matter")
					.contains(FOOD_LICENCE.in(locale));
			}
			assertThat(bundle.getMessage("notification.case." + notice.kind() + ".inApp", notice.arguments().toArray(),
					Locale.SIMPLIFIED_CHINESE))
				.isNotEqualTo(bundle.getMessage("notification.case." + notice.kind() + ".inApp",
						notice.arguments().toArray(), Locale.ENGLISH));
		}
	}

	@Test
	void theTextsCarryTheValuesOfTheirKind() {
		Object[] extension = CaseNotice
			.extended("TB20261127000001", "食品经营许可", 10, LocalDate.of(2026, 12, 18), "现场核查发现的问题需要专家论证")
			.arguments()
			.toArray();
		assertThat(bundle.getMessage("notification.case.EXTENDED.inApp", extension, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("您的申请 TB20261127000001（食品经营许可）的办理时限经批准延长 10 个工作日，至2026年12月18日。理由：现场核查发现的问题需要专家论证");
		// Issue 13 item 8: a date reads as on the pages, in the reader's language.
		assertThat(bundle.getMessage("notification.case.EXTENDED.sms", extension, Locale.ENGLISH))
			.contains("to 18 December 2026")
			.doesNotContain("2026-12-18");
		Object[] correction = CaseNotice.correctionRequested("TB20261127000001", "Food business licence", 1)
			.arguments()
			.toArray();
		assertThat(bundle.getMessage("notification.case.CORRECTION_REQUESTED.sms", correction, Locale.ENGLISH))
			.contains("needs 1 correction.");
		// R8.3: staff read which time limit, its due day, and follow the staff case page.
		CaseNotice red = CaseNotice.deadlineWarned("TB20261127000001", FOOD_LICENCE, true, REVIEW_LIMIT,
				LocalDate.of(2026, 12, 4));
		assertThat(red.link()).isEqualTo("/staff/cases/TB20261127000001");
		assertThat(bundle.getMessage("notification.case.WARNING_RED.inApp",
				LocalizedText.in(Locale.SIMPLIFIED_CHINESE, red.arguments().toArray()), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("红色预警：办件 TB20261127000001（食品经营许可）的审查时限已于2026年12月4日届满，已经超期，请立即处理。");
		assertThat(bundle.getMessage("notification.case.WARNING_YELLOW.sms",
				LocalizedText.in(Locale.ENGLISH, red.arguments().toArray()), Locale.ENGLISH))
			.startsWith("Yellow warning: the time limit of the Review step of case TB20261127000001")
			.contains("ends on 4 December 2026");
		Object[] escalated = CaseNotice.escalated("TB20261127000001", FOOD_LICENCE, 1, LocalDate.of(2026, 12, 4))
			.arguments()
			.toArray();
		assertThat(bundle.getMessage("notification.case.ESCALATED.inApp", LocalizedText.in(Locale.ENGLISH, escalated),
				Locale.ENGLISH))
			.isEqualTo("Escalated to you: case TB20261127000001 (Food business licence) is 1 working day overdue"
					+ " (its time limit ended on 4 December 2026); please see that it is handled.");
	}

	/**
	 * R5.2: the applicant reads which matters of the bundle were granted and which not.
	 */
	@Test
	void aFinishedBundleNamesWhatWasGrantedAndWhatNot() {
		Object[] finished = CaseNotice
			.bundleFinished("TB20261127000003", ENTERPRISE_START, LocalizedText.of("企业设立登记", "Company registration"),
					LocalizedText.of("公章刻制备案（不予行政许可）", "Seal engraving filing (Licence denied)"))
			.arguments()
			.toArray();
		assertThat(bundle.getMessage("notification.case.BUNDLE_FINISHED.inApp",
				LocalizedText.in(Locale.SIMPLIFIED_CHINESE, finished), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("您的一件事 TB20261127000003（企业开办一件事）已办结。准予：企业设立登记。未获准予：公章刻制备案（不予行政许可）。各事项的决定书和理由请在一件事页面查看。");
		assertThat(bundle.getMessage("notification.case.BUNDLE_FINISHED.sms",
				LocalizedText.in(Locale.ENGLISH, finished), Locale.ENGLISH))
			.contains("Granted: Company registration; not granted: Seal engraving filing (Licence denied)");
	}

	private static final LocalizedText ENTERPRISE_START = LocalizedText.of("企业开办一件事", "Starting a business in one go");

	static List<CaseNotice> oneOfEachKind() {
		String number = "TB20261127000001";
		List<CaseNotice> notices = List.of(CaseNotice.accepted(number, FOOD_LICENCE, LocalDate.of(2026, 11, 27)),
				CaseNotice.refused(number, FOOD_LICENCE, "不属于本机关职权范围"),
				CaseNotice.correctionRequested(number, FOOD_LICENCE, 3),
				CaseNotice.specialPeriodStarted(number, FOOD_LICENCE, "现场核查", LocalDate.of(2026, 12, 4)),
				CaseNotice.specialPeriodEnded(number, FOOD_LICENCE, "现场核查"),
				CaseNotice.extended(number, FOOD_LICENCE, 10, LocalDate.of(2026, 12, 18), "需要专家论证"),
				CaseNotice.granted(number, FOOD_LICENCE), CaseNotice.denied(number, FOOD_LICENCE),
				CaseNotice.revoked(number, FOOD_LICENCE), CaseNotice.message(number, FOOD_LICENCE),
				CaseNotice.deadlineWarned(number, FOOD_LICENCE, false, REVIEW_LIMIT, LocalDate.of(2026, 12, 4)),
				CaseNotice.deadlineWarned(number, FOOD_LICENCE, true, REVIEW_LIMIT, LocalDate.of(2026, 12, 4)),
				CaseNotice.escalated(number, FOOD_LICENCE, 4, LocalDate.of(2026, 12, 4)),
				// R8.3, R10.1, R15.8: what a department owes that is not a case; {1},
				// what it
				// is, takes the matter's place.
				CaseNotice.dueItemWarned(number, FOOD_LICENCE, false, LocalDate.of(2026, 12, 4), "/staff/feedback"),
				CaseNotice.dueItemWarned(number, FOOD_LICENCE, true, LocalDate.of(2026, 12, 4), "/staff/feedback"),
				CaseNotice.dueItemEscalated(number, FOOD_LICENCE, 4, LocalDate.of(2026, 12, 4),
						"/supervision/feedback"),
				CaseNotice.sharedItemsCorrected(number, FOOD_LICENCE, "TB20261127000002", "联系人手机号码"),
				CaseNotice.bundleFinished(number, FOOD_LICENCE, LocalizedText.of("企业设立登记", "Company registration"),
						LocalizedText.of("新办纳税人涉税事项（因前一阶段未获准予而未启动）",
								"Tax (not started: an earlier stage was not granted)")),
				CaseNotice.bundleMessage(number, FOOD_LICENCE),
				CaseNotice.acceptedWithGaps(number, FOOD_LICENCE, LocalDate.of(2026, 11, 27), "经营场所平面图",
						LocalDate.of(2026, 12, 11)),
				CaseNotice.gapsNotSupplied(number, FOOD_LICENCE, "经营场所平面图", LocalDate.of(2026, 12, 11)),
				// R6.4: the result at the hall, posted, delivered.
				CaseNotice.deliveryPickUp(number, FOOD_LICENCE, "20481632"),
				CaseNotice.deliveryPosted(number, FOOD_LICENCE, "EMS", "EA123456789CN"),
				CaseNotice.delivered(number, FOOD_LICENCE, LocalizedText.of("邮寄送达", "By post")),
				// R15.5: a licence expires soon; renewed by law (art. 50).
				CaseNotice.renewalDue(number, FOOD_LICENCE, LocalDate.of(2031, 11, 26),
						"DZZZ-0000000000000000000000000A"),
				CaseNotice.deemedRenewed(number, FOOD_LICENCE, LocalDate.of(2036, 11, 26),
						"DZZZ-0000000000000000000000000A"),
				// R15.5: the department revokes, suspends, lifts and changes a licence.
				CaseNotice.licence(CaseNotice.Kind.LICENCE_REVOKED, number, FOOD_LICENCE,
						"DZZZ-0000000000000000000000000A", "经营场所已不具备条件"),
				CaseNotice.licence(CaseNotice.Kind.LICENCE_SUSPENDED, number, FOOD_LICENCE,
						"DZZZ-0000000000000000000000000A", "待整改"),
				CaseNotice.licence(CaseNotice.Kind.LICENCE_RESUMED, number, FOOD_LICENCE,
						"DZZZ-0000000000000000000000000A", ""),
				CaseNotice.licence(CaseNotice.Kind.LICENCE_CHANGED, number, FOOD_LICENCE,
						"DZZZ-0000000000000000000000000B", ""));
		assertThat(notices).extracting(CaseNotice::kind).containsExactlyInAnyOrder(CaseNotice.Kind.values());
		return notices;
	}

}
