package org.tongban.participation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tongban.application.CaseFiles;
import org.tongban.approval.CaseFixtures;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.approval.Decision;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.participation.CaseRated;
import org.tongban.participation.Satisfaction;
import org.tongban.participation.rating.Rating.Appeal;
import org.tongban.participation.rating.Rating.State;
import org.tongban.participation.rating.Rating.Verification;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.Rectifications;
import org.tongban.supervision.WorkingDayCalendar;
import org.tongban.support.TestClock;

/**
 * The satisfaction rating of finished cases and its whole loop (好差评, R10.2, R15.8,
 * R16.3).
 */
@IdentityTest
@RecordApplicationEvents
class RatingLoopTests {

	private static final String DEPARTMENT = "SCJGJ";

	@Autowired
	Ratings ratings;

	@Autowired
	RatingStore store;

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Accounts accountDirectory;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Rectifications rectifications;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	TestAccounts accounts;

	@BeforeEach
	void accounts() {
		accounts = new TestAccounts(accountDirectory);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theApplicantRatesTheirFinishedCaseOnceTiedToItsStepsAndOfficers() {
		Submitted finished = finishedCase();

		Rating rated = ratings.rate(finished.applicant(), finished.number(), Satisfaction.VERY_SATISFIED,
				Set.of(RatingReason.FAST, RatingReason.COURTEOUS), "  办得很快，谢谢。 ");

		assertThat(rated.state()).isEqualTo(State.RATED);
		assertThat(rated.comment()).isEqualTo("办得很快，谢谢。");
		assertThat(rated.verification()).as("a good rating is not verified").isNull();
		assertThat(rated.step()).isEqualTo("DECISION");
		assertThat(rated.officers()).extracting(Rating.Officer::step)
			.containsExactly("ACCEPTANCE", "REVIEW", "DECISION");
		assertThat(events.stream(CaseRated.class).filter(event -> event.applicationNumber().equals(finished.number())))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.satisfaction()).isEqualTo(Satisfaction.VERY_SATISFIED);
				assertThat(event.byDefault()).isFalse();
				assertThat(event.departmentCode()).isEqualTo(DEPARTMENT);
			});

		assertThatThrownBy(
				() -> ratings.rate(finished.applicant(), finished.number(), Satisfaction.DISSATISFIED, Set.of(), null))
			.as("a second rating of the same case")
			.isInstanceOfSatisfying(RefusedException.class, refused -> {
				assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT);
				assertThat(refused.messageCode()).isEqualTo("rating.rated");
			});
		assertThat(ratings.mine(finished.applicant(), finished.number()).satisfaction())
			.isEqualTo(Satisfaction.VERY_SATISFIED);
		assertThatThrownBy(() -> ratings.rate(accounts.person().actor(), finished.number(),
				Satisfaction.VERY_DISSATISFIED, Set.of(), null))
			.as("somebody else's case")
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void reasonsOfTheOtherGroupAreRefused() {
		Submitted finished = finishedCase();

		assertThatThrownBy(() -> ratings.rate(finished.applicant(), finished.number(), Satisfaction.SATISFIED,
				Set.of(RatingReason.SLOW), null))
			.hasMessageContaining("reasons");
		assertThat(store.byNumber(finished.number()).orElseThrow().state()).isEqualTo(State.DUE);
	}

	@Test
	void notRatedWithinSevenCalendarDaysCountsAsBasicallySatisfiedEvenOverTheNationalDayHoliday() {
		clock.set(LocalDateTime.of(2026, 9, 30, 10, 0));
		Submitted finished = finishedCase();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("国庆节").isFalse();

		clock.set(LocalDateTime.of(2026, 10, 7, 9, 59));
		assertThat(ratings.recordDefaults()).as("a minute before the 7 days end").doesNotContain(finished.number());

		clock.set(LocalDateTime.of(2026, 10, 7, 10, 0));
		assertThat(ratings.recordDefaults()).contains(finished.number());
		assertThat(ratings.recordDefaults()).as("recorded once").doesNotContain(finished.number());

		Rating recorded = store.byNumber(finished.number()).orElseThrow();
		assertThat(recorded.state()).isEqualTo(State.DEFAULTED);
		assertThat(recorded.satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
		assertThat(events.stream(CaseRated.class).filter(event -> event.applicationNumber().equals(finished.number())))
			.singleElement()
			.satisfies(event -> assertThat(event.byDefault()).isTrue());
		assertThatThrownBy(
				() -> ratings.rate(finished.applicant(), finished.number(), Satisfaction.SATISFIED, Set.of(), null))
			.as("too late")
			.isInstanceOf(RefusedException.class);
	}

	@Test
	void aBadRatingIsVerifiedRectifiedWithinFifteenWorkingDaysRepliedToAndRatedAgain() {
		Submitted finished = finishedCase();
		ratings.rate(finished.applicant(), finished.number(), Satisfaction.VERY_DISSATISFIED,
				Set.of(RatingReason.SLOW, RatingReason.MANY_VISITS), "跑了三次。");
		Actor supervisor = supervisor();
		assertThat(ratings.toVerify(supervisor)).extracting(Rating::number).contains(finished.number());

		clock.set(LocalDateTime.of(2026, 9, 28, 9, 0));
		Rating verified = ratings.verify(supervisor, finished.number(), Verification.JUSTIFIED, "经调取记录，确有多次补件。");

		// 15 working days from Monday 28 September 2026 over the National Day holiday.
		assertThat(verified.rectificationDue()).isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 9, 28), 15))
			.isAfter(LocalDate.of(2026, 9, 28).plusDays(21));
		assertThat(rectifications.open()).as("in the supervision warnings")
			.contains(new Rectifications.Rectification(finished.number(), DEPARTMENT, verified.matterName(),
					verified.rectificationDue()));
		Actor admin = departmentAdmin();
		assertThat(ratings.ofDepartments(admin)).extracting(Rating::number).contains(finished.number());

		ratings.reply(admin, finished.number(), "已整改：补正材料改为一次性告知。");
		assertThat(rectifications.open()).extracting(Rectifications.Rectification::caseNumber)
			.doesNotContain(finished.number());
		assertThat(caseFiles.get(finished.id()).messages())
			.anySatisfy(message -> assertThat(message.body()).isEqualTo("已整改：补正材料改为一次性告知。"));
		assertThatThrownBy(() -> ratings.reply(admin, finished.number(), "again")).isInstanceOf(RefusedException.class);

		Rating again = ratings.rateRectification(finished.applicant(), finished.number(), Satisfaction.SATISFIED,
				"整改及时。");
		assertThat(again.secondSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
		assertThatThrownBy(
				() -> ratings.rateRectification(finished.applicant(), finished.number(), Satisfaction.SATISFIED, null))
			.isInstanceOf(RefusedException.class);
	}

	@Test
	void theDepartmentAppealsAndAnotherSupervisorThanTheVerifierDecides() {
		Submitted finished = finishedCase();
		ratings.rate(finished.applicant(), finished.number(), Satisfaction.DISSATISFIED, Set.of(), null);
		Actor verifier = supervisor();
		ratings.verify(verifier, finished.number(), Verification.NOT_JUSTIFIED, "办理在承诺时限内。");

		ratings.appeal(departmentAdmin(), finished.number(), "申请人误评：其不满意的是收费标准。");
		assertThat(ratings.appealsToDecide(verifier)).extracting(Rating::number).contains(finished.number());
		assertThatThrownBy(() -> ratings.decideAppeal(verifier, finished.number(), true, "x")).isInstanceOfSatisfying(
				RefusedException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("rating.verifiedBySelf"));
		assertThatThrownBy(() -> ratings.appeal(finished.applicant(), finished.number(), "x"))
			.as("the rater is no department administrator")
			.isInstanceOf(RefusedException.class);

		Rating decided = ratings.decideAppeal(supervisor(), finished.number(), true, "收费标准非部门可定，误评成立。");

		assertThat(decided.appeal()).isEqualTo(Appeal.UPHELD);
		assertThat(decided.counts()).as("left out of the rankings").isFalse();
	}

	@Test
	void rankingsCountTheAverageTheNumberAndTheShareOfBadRatingsLeavingOutMaliciousOnes() {
		// A day no other test rates on, so that the counts are this test's alone.
		clock.set(LocalDateTime.of(2026, 12, 21, 10, 0));
		Submitted veryGood = finishedCase();
		Submitted bad = finishedCase();
		Submitted malicious = finishedCase();
		ratings.rate(veryGood.applicant(), veryGood.number(), Satisfaction.VERY_SATISFIED, Set.of(), null);
		ratings.rate(bad.applicant(), bad.number(), Satisfaction.DISSATISFIED, Set.of(), null);
		ratings.rate(malicious.applicant(), malicious.number(), Satisfaction.VERY_DISSATISFIED, Set.of(), null);
		ratings.verify(supervisor(), malicious.number(), Verification.MALICIOUS, "与办件无关的辱骂。");

		LocalDate day = LocalDate.of(2026, 12, 21);
		// (5 + 2) / 2 = 3.5; one bad of two.
		assertThat(ratings.departmentRanking(day, day)).singleElement().satisfies(line -> {
			assertThat(line.code()).isEqualTo(DEPARTMENT);
			assertThat(line.count()).isEqualTo(2);
			assertThat(line.average()).isEqualTo(3.5);
			assertThat(line.bad()).isEqualTo(1);
			assertThat(line.badShare()).isEqualTo(0.5);
		});
		assertThat(ratings.matterRanking(day, day)).singleElement()
			.satisfies(line -> assertThat(line.name().zh()).isNotBlank());
	}

	/**
	 * A case of the standard matter granted, as its applicant finds it due for a rating.
	 */
	private Submitted finishedCase() {
		Submitted submitted = cases.standard();
		cases.decideFromAcceptance(submitted.number(), DEPARTMENT, Decision.GRANT);
		await().alias("the rating of " + submitted.number() + " is due")
			.atMost(Duration.ofSeconds(30))
			.until(() -> store.byNumber(submitted.number()).isPresent());
		return submitted;
	}

	private Actor supervisor() {
		return accounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
	}

	private Actor departmentAdmin() {
		return accounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.DEPARTMENT_ADMIN, DEPARTMENT));
	}

}
