package org.tongban.statistics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationTest;
import org.tongban.application.Channel;
import org.tongban.identity.AccountKind;
import org.tongban.participation.Satisfaction;

/**
 * R11.1, R11.2: each statistic of the daily read model against cases counted by hand, in
 * a department of their own, in March 2032 (city time):
 * <ul>
 * <li>A1, matter A, online, a person, 03-02 09:00: may take 1 visit, 2 materials reused
 * and 1 uploaded; accepted 03-03, granted 03-10 (due 03-20, 6 working days), rated
 * 非常满意;</li>
 * <li>A2, matter A, at the window, an enterprise, 03-02 23:30: may take 2 visits, 3
 * uploaded; accepted 03-02, denied 03-25 (due 03-20: overdue, 17 working days);</li>
 * <li>A3, matter A, online, an enterprise, 03-03: no visit, 1 reused; granted by the
 * platform at once (1 working day), rated 不满意;</li>
 * <li>A4, matter B, a bundle's member, a person, 03-03: 1 visit; refused 03-04;</li>
 * <li>A5, matter B, online, a person, 03-04: 1 visit; withdrawn 03-05;</li>
 * <li>a rating 满意 of matter B for a case the statistics never saw.</li>
 * </ul>
 */
@ApplicationTest
class StatisticsReadModelTests {

	@Autowired
	DailyCounts counts;

	@Autowired
	StatisticsEvents listener;

	@Autowired
	TransactionTemplate transactions;

	String department;

	Scope march;

	@BeforeEach
	void casesCountedByHand() {
		department = "RM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		march = new Scope(LocalDate.parse("2032-03-01"), LocalDate.parse("2032-03-31"), department, null);
		var events = new CaseEvents(listener, transactions);
		String prefix = department + "-";
		UUID a1 = events.submit(prefix + 1, department, "A", Channel.ONLINE, AccountKind.NATURAL_PERSON,
				"2032-03-02T09:00", 1, 2, 1);
		events.accept(a1, prefix + 1, "2032-03-03T10:00");
		events.end(a1, prefix + 1, ApplicationStatus.GRANTED, "2032-03-10T15:00", false, "2032-03-20", 6);
		events.rate(prefix + 1, department, "A", Satisfaction.VERY_SATISFIED, "2032-03-11T09:00");
		UUID a2 = events.submit(prefix + 2, department, "A", Channel.WINDOW, AccountKind.LEGAL_PERSON,
				"2032-03-02T23:30", 2, 0, 3);
		events.accept(a2, prefix + 2, "2032-03-02T23:40");
		events.end(a2, prefix + 2, ApplicationStatus.DENIED, "2032-03-25T11:00", false, "2032-03-20", 17);
		UUID a3 = events.submit(prefix + 3, department, "A", Channel.ONLINE, AccountKind.LEGAL_PERSON,
				"2032-03-03T08:00", 0, 1, 0);
		events.accept(a3, prefix + 3, "2032-03-03T08:00");
		events.end(a3, prefix + 3, ApplicationStatus.GRANTED, "2032-03-03T08:00", true, "2032-03-23", 1);
		events.rate(prefix + 3, department, "A", Satisfaction.DISSATISFIED, "2032-03-12T09:00");
		UUID a4 = events.bundleMember(department, "B", "2032-03-03T10:00");
		events.submit(a4, prefix + 4, department, "B", Channel.ONLINE, AccountKind.NATURAL_PERSON, "2032-03-03T10:00",
				1, 0, 0);
		events.end(a4, prefix + 4, ApplicationStatus.REFUSED, "2032-03-04T10:00", false, "2032-03-10", 1);
		UUID a5 = events.submit(prefix + 5, department, "B", Channel.ONLINE, AccountKind.NATURAL_PERSON,
				"2032-03-04T10:00", 1, 0, 0);
		events.end(a5, prefix + 5, ApplicationStatus.WITHDRAWN, "2032-03-05T10:00", false, null, null);
		events.rate(prefix + 9, department, "B", Satisfaction.SATISFIED, "2032-03-12T10:00");
	}

	@Test
	void volumeIsCountedOnTheDayOfReceiptInTheCitysTimeByMatterChannelAndApplicantKind() {
		assertThat(counts.totals(march, Dimension.DAY)).filteredOn(totals -> totals.get(Measure.SUBMITTED) > 0)
			.extracting(totals -> totals.keys().get(0), totals -> totals.get(Measure.SUBMITTED))
			.containsExactly(tuple("2032-03-02", 2L), tuple("2032-03-03", 2L), tuple("2032-03-04", 1L));
		assertThat(counts.totals(march, Dimension.MATTER))
			.extracting(totals -> totals.keys().get(0), totals -> totals.get(Measure.SUBMITTED))
			.containsExactly(tuple("A", 3L), tuple("B", 2L));
		assertThat(counts.totals(march, Dimension.CHANNEL))
			.extracting(totals -> totals.keys().get(0), totals -> totals.get(Measure.SUBMITTED))
			.containsExactly(tuple("BUNDLE", 1L), tuple("ONLINE", 3L), tuple("UNKNOWN", 0L), tuple("WINDOW", 1L));
		assertThat(counts.totals(march, Dimension.APPLICANT_KIND))
			.extracting(totals -> totals.keys().get(0), totals -> totals.get(Measure.SUBMITTED))
			.containsExactly(tuple("LEGAL_PERSON", 2L), tuple("NATURAL_PERSON", 3L), tuple("UNKNOWN", 0L));
	}

	@Test
	void outcomesOnTimeOverdueAutomaticAndTheProcessingTimeDistributionAreCountedOnTheDayTheCaseEnded() {
		Totals all = only(counts.totals(march));

		assertThat(List.of(all.get(Measure.ACCEPTED), all.get(Measure.GRANTED), all.get(Measure.DENIED),
				all.get(Measure.REFUSED), all.get(Measure.WITHDRAWN), all.decided(), all.get(Measure.AUTOMATIC),
				all.get(Measure.ON_TIME), all.get(Measure.OVERDUE), all.get(Measure.WORKING_DAYS)))
			.containsExactly(3L, 2L, 1L, 1L, 1L, 3L, 1L, 2L, 1L, 24L);
		assertThat(List.of(Measure.DAY_BUCKETS).stream().map(all::get).toList()).containsExactly(1L, 0L, 1L, 1L, 0L);
		assertThat(counts.totals(march, Dimension.DAY)).filteredOn(totals -> totals.get(Measure.OVERDUE) > 0)
			.extracting(totals -> totals.keys().get(0))
			.containsExactly("2032-03-25");
	}

	@Test
	void tripsSavedAndMaterialsReusedAreThoseOfTheReceivedApplications() {
		Totals all = only(counts.totals(march));

		assertThat(List.of(all.get(Measure.VISITS_REQUIRED), all.get(Measure.VISITS_MADE),
				all.get(Measure.MATERIALS_REUSED), all.get(Measure.MATERIALS_UPLOADED)))
			.containsExactly(5L, 1L, 3L, 4L);
	}

	@Test
	void satisfactionIsCountedByLevelUnderTheRatedCasesMatter() {
		assertThat(counts.totals(march, Dimension.MATTER))
			.extracting(totals -> totals.keys().get(0), totals -> totals.get(Measure.RATINGS),
					totals -> totals.get(Measure.RATED_5), totals -> totals.get(Measure.RATED_4),
					totals -> totals.get(Measure.RATED_2))
			.containsExactly(tuple("A", 2L, 1L, 0L, 1L), tuple("B", 1L, 0L, 1L, 0L));
	}

	private static Totals only(List<Totals> totals) {
		assertThat(totals).hasSize(1);
		return totals.get(0);
	}

}
