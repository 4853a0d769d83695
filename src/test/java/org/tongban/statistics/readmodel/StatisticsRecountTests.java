package org.tongban.statistics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationTest;
import org.tongban.application.Channel;
import org.tongban.identity.AccountKind;
import org.tongban.participation.Satisfaction;
import org.tongban.statistics.readmodel.DailyCounts.Key;

/**
 * R11: the read model, kept up to date event by event, agrees exactly with a full recount
 * of the same events, after random cases: received by every channel and kind of
 * applicant, accepted or not, ended every way or still open, rated at any level.
 */
@ApplicationTest
class StatisticsRecountTests {

	@Autowired
	DailyCounts counts;

	@Autowired
	StatisticsEvents listener;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theReadModelAgreesWithAFullRecountAfterRandomEvents() {
		String department = "RC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		long seed = System.nanoTime();
		Random random = new Random(seed);
		var events = new CaseEvents(listener, transactions);
		Map<Key, Map<Measure, Long>> recount = new HashMap<>();
		LocalDate first = LocalDate.parse("2033-01-01");
		for (int i = 0; i < 120; i++) {
			String number = department + "-" + i;
			String matter = "M" + random.nextInt(3);
			boolean bundled = random.nextInt(5) == 0;
			Channel channel = random.nextBoolean() ? Channel.ONLINE : Channel.WINDOW;
			AccountKind kind = random.nextBoolean() ? AccountKind.NATURAL_PERSON : AccountKind.LEGAL_PERSON;
			LocalDate received = first.plusDays(random.nextInt(60));
			String at = received + "T" + String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
			int visits = random.nextInt(3);
			int reused = random.nextInt(4);
			int uploaded = random.nextInt(4);
			UUID id = bundled ? events.bundleMember(department, matter, at) : UUID.randomUUID();
			events.submit(id, number, department, matter, bundled ? Channel.ONLINE : channel, kind, at, visits, reused,
					uploaded);
			Key key = new Key(received, matter, department, bundled ? "BUNDLE" : channel.name(), kind.name());
			count(recount, key, Measure.SUBMITTED, 1);
			count(recount, key, Measure.VISITS_REQUIRED, visits);
			count(recount, key, Measure.VISITS_MADE, !bundled && channel == Channel.WINDOW ? 1 : 0);
			count(recount, key, Measure.MATERIALS_REUSED, reused);
			count(recount, key, Measure.MATERIALS_UPLOADED, uploaded);
			LocalDate day = received;
			if (random.nextInt(4) > 0) {
				day = day.plusDays(random.nextInt(3));
				events.accept(id, number, day + "T09:00");
				count(recount, key.on(day), Measure.ACCEPTED, 1);
			}
			int end = random.nextInt(6);
			if (end < 5) {
				ApplicationStatus outcome = new ApplicationStatus[] { ApplicationStatus.GRANTED,
						ApplicationStatus.DENIED, ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN,
						ApplicationStatus.GRANTED }[end];
				day = day.plusDays(random.nextInt(30));
				boolean byPlatform = outcome == ApplicationStatus.GRANTED && random.nextBoolean();
				LocalDate dueOn = random.nextInt(5) == 0 ? null : received.plusDays(20);
				Integer workingDays = dueOn == null ? null : 1 + random.nextInt(30);
				events.end(id, number, outcome, day + "T16:00", byPlatform, dueOn == null ? null : dueOn.toString(),
						workingDays);
				Key ended = key.on(day);
				count(recount, ended, Measure.valueOf(outcome.name()), 1);
				if (outcome == ApplicationStatus.GRANTED || outcome == ApplicationStatus.DENIED) {
					count(recount, ended, dueOn != null && day.isAfter(dueOn) ? Measure.OVERDUE : Measure.ON_TIME, 1);
					count(recount, ended, Measure.AUTOMATIC, byPlatform ? 1 : 0);
					if (workingDays != null) {
						count(recount, ended, Measure.WORKING_DAYS, workingDays);
						count(recount, ended, Measure.bucket(workingDays), 1);
					}
				}
				if (random.nextBoolean()) {
					Satisfaction level = Satisfaction.values()[random.nextInt(5)];
					LocalDate rated = day.plusDays(random.nextInt(7));
					events.rate(number, department, matter, level, rated + "T12:00");
					count(recount, key.on(rated), Measure.RATINGS, 1);
					count(recount, key.on(rated), Measure.BY_SCORE[level.score() - 1], 1);
				}
			}
		}

		assertThat(counts.rows(new Scope(first, first.plusYears(1), department, null))).as("seed %d", seed)
			.isEqualTo(recount);
	}

	private static void count(Map<Key, Map<Measure, Long>> recount, Key key, Measure measure, long count) {
		if (count != 0) {
			recount.computeIfAbsent(key, k -> new EnumMap<>(Measure.class)).merge(measure, count, Long::sum);
		}
	}

}
