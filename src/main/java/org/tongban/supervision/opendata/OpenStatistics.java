package org.tongban.supervision.opendata;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.ApplicationOutcomes;
import org.tongban.supervision.ApplicationOutcomes.Outcome;

/**
 * Anonymized statistics of applications for open data (R9.6), by department, matter and
 * month (in the city's time zone), from the case clocks of applications:
 * <ul>
 * <li>received: the applications whose clock started (they were received) in the
 * month;</li>
 * <li>decided: those granted or denied whose clock stopped in the month, granted among
 * them (a grant later revoked counts as granted), and on time: stopped by the due day (a
 * decision before the clock was dated counts as on time).</li>
 * </ul>
 * <b>Small counts are suppressed</b> so that nobody can be singled out: a count from 1 to
 * {@value #THRESHOLD}−1 is withheld (a count of 0 is shown). So is a count whose
 * complement in its cell is such a count: granted when the denied (decided − granted) are
 * 1 to {@value #THRESHOLD}−1, on time when the late ones are; and both when decided is
 * withheld. Every sum the open data publishes (a department's month, a month's total)
 * adds up the published counts only and says how many were withheld, so no subtraction
 * recovers a withheld count. A cell is always a department's matter in one calendar
 * month, whatever range is asked, so that no two ranges differ by a part of a cell.
 */
@Service
@Transactional(readOnly = true)
public class OpenStatistics {

	/** The smallest count published, k. */
	public static final int THRESHOLD = 5;

	private final JdbcClient jdbc;

	private final ApplicationOutcomes outcomes;

	private final Clock clock;

	OpenStatistics(JdbcClient jdbc, ApplicationOutcomes outcomes, Clock clock) {
		this.jdbc = jdbc;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	/** The cells of the months, by month, department and matter. */
	public List<Cell> byMatter(YearMonth from, YearMonth to) {
		Instant start = from.atDay(1).atStartOfDay(clock.getZone()).toInstant();
		Instant end = to.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
		List<ClockRow> rows = jdbc.sql("""
				select case_id, department_code, matter_code, matter_name_zh, matter_name_en, received_at,
					finished_on, finished_late
				from supervision_clock
				where department_code is not null and matter_code is not null
					and ((received_at >= :start and received_at < :end)
						or (finished_on >= :firstDay and finished_on < :endDay))""")
			.param("start", column(start))
			.param("end", column(end))
			.param("firstDay", from.atDay(1))
			.param("endDay", to.plusMonths(1).atDay(1))
			.query((row, n) -> {
				boolean late = row.getBoolean("finished_late");
				return new ClockRow(row.getObject("case_id", UUID.class), row.getString("department_code"),
						row.getString("matter_code"),
						row.getString("matter_name_zh") == null ? null
								: LocalizedText.of(row.getString("matter_name_zh"), row.getString("matter_name_en")),
						instant(row, "received_at"), row.getObject("finished_on", LocalDate.class), late);
			})
			.list();
		Map<UUID, Outcome> known = outcomes.of(rows.stream().map(ClockRow::caseId).toList());

		Map<String, Tally> tallies = new TreeMap<>();
		for (ClockRow row : rows) {
			Outcome outcome = known.get(row.caseId());
			if (outcome == null) {
				continue;
			}
			YearMonth received = YearMonth.from(row.receivedAt().atZone(clock.getZone()));
			if (!received.isBefore(from) && !received.isAfter(to)) {
				tally(tallies, received, row).received++;
			}
			if (row.finishedOn() != null && (outcome == Outcome.GRANTED || outcome == Outcome.DENIED)) {
				YearMonth decided = YearMonth.from(row.finishedOn());
				if (!decided.isBefore(from) && !decided.isAfter(to)) {
					Tally tally = tally(tallies, decided, row);
					tally.decided++;
					tally.granted += outcome == Outcome.GRANTED ? 1 : 0;
					tally.onTime += row.late() ? 0 : 1;
				}
			}
		}
		return tallies.values().stream().map(Tally::cell).toList();
	}

	/**
	 * The published counts of each department's months, the cells of its matters added
	 * up.
	 */
	public List<Sum> byDepartment(YearMonth from, YearMonth to) {
		return sums(byMatter(from, to), true);
	}

	/** The published counts of each month, every department's cells added up. */
	public static List<Sum> totals(List<Cell> cells) {
		return sums(cells, false);
	}

	private static List<Sum> sums(List<Cell> cells, boolean byDepartment) {
		Map<String, Sum> sums = new TreeMap<>();
		for (Cell cell : cells) {
			String department = byDepartment ? cell.departmentCode() : null;
			sums.merge(cell.month() + "\u0000" + (department == null ? "" : department),
					Sum.of(cell.month(), department, cell), Sum::plus);
		}
		return new ArrayList<>(sums.values());
	}

	private static Tally tally(Map<String, Tally> tallies, YearMonth month, ClockRow row) {
		return tallies.computeIfAbsent(month + "\u0000" + row.departmentCode() + "\u0000" + row.matterCode(),
				key -> new Tally(month, row.departmentCode(), row.matterCode(), row.matterName()));
	}

	/** A count, or null when withheld. */
	public record Count(Integer value, boolean suppressed) {

		static Count of(int value) {
			return small(value) ? withheld() : new Count(value, false);
		}

		static Count withheld() {
			return new Count(null, true);
		}

		int published() {
			return value == null ? 0 : value;
		}

	}

	/**
	 * A department's matter in a month.
	 *
	 * @param onTimePercent on time among decided, whole per cent rounded down; null when
	 * either is withheld or none was decided
	 */
	public record Cell(YearMonth month, String departmentCode, String matterCode, LocalizedText matterName,
			Count received, Count decided, Count granted, Count onTime, Integer onTimePercent) {

		int suppressedCounts() {
			int withheld = 0;
			for (Count count : List.of(received, decided, granted, onTime)) {
				withheld += count.suppressed() ? 1 : 0;
			}
			return withheld;
		}

	}

	/**
	 * A sum of published counts.
	 *
	 * @param departmentCode null for a month's total of every department
	 * @param onTimePercent on time among decided, of the cells publishing both
	 * @param suppressedCounts the counts withheld from the cells added up, which the sum
	 * leaves out
	 */
	public record Sum(YearMonth month, String departmentCode, int received, int decided, int granted, int onTime,
			Integer onTimePercent, int suppressedCounts, int rateBase, int rateOnTime) {

		static Sum of(YearMonth month, String department, Cell cell) {
			boolean rated = cell.onTimePercent() != null;
			return new Sum(month, department, cell.received().published(), cell.decided().published(),
					cell.granted().published(), cell.onTime().published(), rated ? cell.onTimePercent() : null,
					cell.suppressedCounts(), rated ? cell.decided().published() : 0,
					rated ? cell.onTime().published() : 0);
		}

		Sum plus(Sum other) {
			int base = rateBase + other.rateBase;
			int onTimes = rateOnTime + other.rateOnTime;
			return new Sum(month, departmentCode, received + other.received, decided + other.decided,
					granted + other.granted, onTime + other.onTime, base == 0 ? null : onTimes * 100 / base,
					suppressedCounts + other.suppressedCounts, base, onTimes);
		}

	}

	static boolean small(int count) {
		return count >= 1 && count < THRESHOLD;
	}

	private record ClockRow(UUID caseId, String departmentCode, String matterCode, LocalizedText matterName,
			Instant receivedAt, LocalDate finishedOn, boolean late) {
	}

	private static final class Tally {

		final YearMonth month;

		final String department;

		final String matter;

		final LocalizedText name;

		int received;

		int decided;

		int granted;

		int onTime;

		Tally(YearMonth month, String department, String matter, LocalizedText name) {
			this.month = month;
			this.department = department;
			this.matter = matter;
			this.name = name;
		}

		Cell cell() {
			Count decidedCount = Count.of(decided);
			Count grantedCount = decidedCount.suppressed() || small(decided - granted) ? Count.withheld()
					: Count.of(granted);
			Count onTimeCount = decidedCount.suppressed() || small(decided - onTime) ? Count.withheld()
					: Count.of(onTime);
			Integer percent = decided == 0 || decidedCount.suppressed() || onTimeCount.suppressed() ? null
					: onTime * 100 / decided;
			return new Cell(month, department, matter, name, Count.of(received), decidedCount, grantedCount,
					onTimeCount, percent);
		}

	}

}
