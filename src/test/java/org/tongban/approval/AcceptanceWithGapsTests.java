package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationTest;
import org.tongban.application.Gap;
import org.tongban.storage.SampleFiles;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.approval.internal.GapScans;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.CreditEventKind;
import org.tongban.exchange.CreditRecord;
import org.tongban.exchange.CreditRegister;
import org.tongban.exchange.CreditSubject;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.notification.outbox.InAppMessage;
import org.tongban.notification.outbox.Outbox;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;

/**
 * R4.3, R15.6: acceptance with gaps (容缺受理). The core materials are there; the clerk
 * accepts without the materials the version lets follow, to be supplied by a day at most
 * 20 working days after acceptance and at least 2 working days before the committed due
 * day, both counted on the official calendar (New Year's Day 2027 falls in the ranges
 * below); never for an applicant with a credit record in force. The clock keeps running;
 * the applicant supplies the named items online, and only those; a gap not supplied in
 * time is flagged to the reviewer, written into the credit register, and the applicant is
 * told.
 */
@ApplicationTest
class AcceptanceWithGapsTests {

	private static final String DEPARTMENT = CaseFixtures.TEST_DEPARTMENT;

	@Autowired
	CaseWork work;

	@Autowired
	CaseFixtures cases;

	@Autowired
	TestClock clock;

	@Autowired
	CreditRegister credit;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Outbox outbox;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private Actor clerk;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R15.6: at most 20 working days after acceptance: accepted on Friday 11 December 2026, "
			+ "New Year's Day a holiday, the latest day is Monday 11 January 2027")
	void theSupplyDayIsAtMostTwentyWorkingDaysAfterAcceptance() {
		Submitted submitted = receivedOn(LocalDate.of(2026, 12, 11), 40);

		assertThatThrownBy(
				() -> work.acceptWithGaps(clerk(), submitted.number(), List.of("M02"), LocalDate.of(2027, 1, 12), null))
			.isInstanceOfSatisfying(InvalidParameterException.class, refused -> {
				assertThat(refused.parameter()).isEqualTo("supplyBy");
				assertThat(refused.messageCode()).isEqualTo("approval.gaps.supplyBy.tooLate");
				assertThat(refused.messageArgs()[0]).isEqualTo(LocalDate.of(2027, 1, 11));
			});
		assertThat(work.open(clerk(), submitted.number()).step()).as("still at acceptance").isEqualTo("ACCEPTANCE");

		CaseView accepted = work.acceptWithGaps(clerk(), submitted.number(), List.of("M02"), LocalDate.of(2027, 1, 11),
				"核心材料齐全，平面图容缺后补。");

		assertThat(accepted.application().status().name()).isEqualTo("ACCEPTED");
		assertThat(accepted.clock().isPaused()).as("the clock keeps running").isFalse();
		assertThat(accepted.gaps()).singleElement().satisfies(gap -> {
			assertThat(gap.materialCode()).isEqualTo("M02");
			assertThat(gap.supplyBy()).isEqualTo("2027-01-11");
			assertThat(gap.isOpen()).isTrue();
		});
		assertThat(accepted.history()).extracting(CaseView.HistoryEntry::action).contains("ACCEPT_WITH_GAPS");
		assertThat(accepted.application().documents()).extracting(document -> document.kind())
			.contains("ACCEPTANCE_NOTICE");
		assertThat(outbox.messages(submitted.applicant().id())).extracting(InAppMessage::kind)
			.contains("ACCEPTED_WITH_GAPS");
	}

	@Test
	@DisplayName("R15.6: at least 2 working days before the committed due day: accepted on Thursday 24 December "
			+ "2026 with 10 days, due Friday 8 January 2027 past New Year's Day, the latest day is 6 January")
	void theSupplyDayIsAtLeastTwoWorkingDaysBeforeTheCommittedDueDay() {
		Submitted submitted = receivedOn(LocalDate.of(2026, 12, 24), 10);

		assertThatThrownBy(
				() -> work.acceptWithGaps(clerk(), submitted.number(), List.of("M02"), LocalDate.of(2027, 1, 7), null))
			.isInstanceOfSatisfying(InvalidParameterException.class, refused -> {
				assertThat(refused.messageCode()).isEqualTo("approval.gaps.supplyBy.tooLate");
				assertThat(refused.messageArgs()[0]).isEqualTo(LocalDate.of(2027, 1, 6));
				assertThat(refused.messageArgs()[3]).as("the committed due day").isEqualTo(LocalDate.of(2027, 1, 8));
			});

		CaseView accepted = work.acceptWithGaps(clerk(), submitted.number(), List.of("M02"), LocalDate.of(2027, 1, 6),
				null);

		assertThat(accepted.clock().dueOn()).isEqualTo("2027-01-08");
		assertThat(accepted.gaps()).extracting(Gap::supplyBy).containsExactly(LocalDate.of(2027, 1, 6));
	}

	@Test
	@DisplayName("R15.6: a core material cannot be a gap, nor can nothing at all")
	void onlyMaterialsThatMayFollowCanBeGaps() {
		Submitted submitted = receivedOn(LocalDate.of(2026, 12, 11), 40);

		assertThatThrownBy(() -> work.acceptWithGaps(clerk(), submitted.number(), List.of("M01"),
				LocalDate.of(2026, 12, 18), null))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("approval.gaps.materials.notMayFollow"));
		assertThatThrownBy(
				() -> work.acceptWithGaps(clerk(), submitted.number(), List.of(), LocalDate.of(2026, 12, 18), null))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("approval.gaps.materials.missing"));
		assertThat(work.open(clerk(), submitted.number()).actions()).contains(CaseAction.ACCEPT_WITH_GAPS);
	}

	@Test
	@DisplayName("R15.6: not offered to an applicant with a credit record in force: the clerk asks for the "
			+ "material in the correction notice instead")
	void anApplicantWithACreditRecordIsNotAcceptedWithGaps() {
		Submitted submitted = receivedOn(LocalDate.of(2026, 12, 11), 40);
		credit.record(subject(submitted), CreditEventKind.LICENCE_REVOKED, null, "许可被撤销（测试）", "system");

		assertThatThrownBy(() -> work.acceptWithGaps(clerk(), submitted.number(), List.of("M02"),
				LocalDate.of(2026, 12, 18), null))
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("approval.gaps.creditRecord"));
		assertThat(work.open(clerk(), submitted.number()).step()).isEqualTo("ACCEPTANCE");
	}

	@Test
	@DisplayName("R4.3: the applicant supplies the named material online, and no other; the reviewer sees it")
	void theApplicantSuppliesTheNamedMaterialsOnly() {
		Submitted submitted = receivedOn(LocalDate.of(2026, 12, 11), 40);
		work.acceptWithGaps(clerk(), submitted.number(), List.of("M02"), LocalDate.of(2026, 12, 18), null);

		assertThatThrownBy(() -> upload(submitted, "M01")).isInstanceOfSatisfying(RefusedException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("application.gap.notOpen"));
		upload(submitted, "M02");
		assertThatThrownBy(() -> upload(submitted, "M02")).as("supplied once").isInstanceOf(RefusedException.class);

		Actor reviewer = cases.staff(Role.REVIEWER, DEPARTMENT);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(work.open(reviewer, submitted.number()).history())
				.extracting(CaseView.HistoryEntry::action)
				.contains("GAP_SUPPLIED"));
		CaseView view = work.open(reviewer, submitted.number());
		assertThat(view.gaps()).singleElement().satisfies(gap -> assertThat(gap.isSupplied()).isTrue());
		assertThat(view.application().materials("M02")).hasSize(1);

		clock.set(LocalDateTime.of(2026, 12, 21, 9, 0));
		assertThat(GapScans.scan(context)).as("nothing is overdue").doesNotContain(submitted.number());
	}

	@Test
	@DisplayName("R15.6: a gap not supplied by its day is flagged to the reviewer, written into the credit register "
			+ "and told to the applicant, once")
	void aGapNotSuppliedInTimeIsFlaggedRecordedAndTold() {
		Submitted submitted = receivedOn(LocalDate.of(2026, 12, 11), 40);
		work.acceptWithGaps(clerk(), submitted.number(), List.of("M02"), LocalDate.of(2026, 12, 15), null);
		Actor reviewer = cases.staff(Role.REVIEWER, DEPARTMENT);
		assertThat(gapsInQueue(reviewer, submitted)).as("awaited, in the reviewer's queue")
			.isEqualTo(Gap.State.AWAITED);

		clock.set(LocalDateTime.of(2026, 12, 15, 18, 0));
		assertThat(GapScans.scan(context)).as("not before the day has passed").doesNotContain(submitted.number());

		clock.set(LocalDateTime.of(2026, 12, 16, 9, 0));
		assertThat(GapScans.scan(context)).contains(submitted.number());
		assertThat(GapScans.scan(context)).as("once").doesNotContain(submitted.number());

		CaseView view = work.open(reviewer, submitted.number());
		assertThat(view.gapsOverdue()).isTrue();
		assertThat(gapsInQueue(reviewer, submitted)).as("flagged in the reviewer's queue").isEqualTo(Gap.State.OVERDUE);
		assertThat(new AuditProbe(jdbc).platformActions("case", submitted.number())).as("audited once")
			.containsOnlyOnce("case.gaps-overdue");
		assertThat(view.history()).filteredOn(entry -> entry.action().equals("GAPS_NOT_SUPPLIED")).hasSize(1);
		List<CreditRecord> records = credit.inForce(subject(submitted),
				new AccessPurpose("test", LocalizedText.of("测试", "Test"), submitted.number()));
		assertThat(records).singleElement().satisfies(record -> {
			assertThat(record.kind()).isEqualTo(CreditEventKind.GAP_NOT_SUPPLIED);
			assertThat(record.caseReference()).isEqualTo(submitted.number());
		});
		assertThat(outbox.messages(submitted.applicant().id())).extracting(InAppMessage::kind)
			.contains("GAPS_NOT_SUPPLIED");
		assertThatThrownBy(() -> upload(submitted, "M02")).as("no longer open").isInstanceOf(RefusedException.class);
	}

	/**
	 * An application without its material that may follow, received on the day, of a
	 * fresh matter promising a decision within so many working days.
	 */
	private Submitted receivedOn(LocalDate day, int committedLimitDays) {
		clock.set(day.atTime(10, 0));
		String matter = cases.matterWithGaps(committedLimitDays);
		return cases.standard(matter, DEPARTMENT, "M01");
	}

	private Gap.State gapsInQueue(Actor reviewer, Submitted submitted) {
		return work.queue(reviewer, QueueFilter.ALL, CaseFixtures.WHOLE_QUEUE)
			.items()
			.stream()
			.filter(item -> item.number().equals(submitted.number()))
			.map(WorkItem::gaps)
			.findFirst()
			.orElseThrow(() -> new AssertionError(submitted.number() + " is not in the reviewer's queue"));
	}

	/** The clerk of the department's acceptance, the same all through a test. */
	private Actor clerk() {
		if (clerk == null) {
			clerk = cases.staff(Role.WINDOW_CLERK, DEPARTMENT);
		}
		return clerk;
	}

	private static CreditSubject subject(Submitted submitted) {
		return CreditSubject.of(new UnifiedSocialCreditCode(submitted.logInName()));
	}

	private void upload(Submitted submitted, String material) {
		materials.attach(submitted.applicant(), submitted.id(), material, material + ".pdf",
				new ByteArrayInputStream(SampleFiles.pdf(material + " of " + submitted.number())));
	}

}
