package org.tongban.statistics.opendata;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.tongban.shared.LocalizedText;
import org.tongban.statistics.readmodel.DailyCounts;
import org.tongban.statistics.readmodel.Dimension;
import org.tongban.statistics.readmodel.Measure;
import org.tongban.statistics.readmodel.Scope;
import org.tongban.statistics.readmodel.Totals;

/**
 * Anonymized statistics of applications for open data (R9.6), by department, matter and
 * month (in the city's time zone), from the statistics' daily read model:
 * <ul>
 * <li>received: the applications received in the month;</li>
 * <li>decided: those granted or denied in the month, granted among them (a grant later
 * revoked counts as granted), and on time: decided by the clock's due day (a decision
 * before the clock was dated counts as on time).</li>
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
public class OpenStatistics {

	/** The smallest count published, k. */
	public static final int THRESHOLD = 5;

	private final DailyCounts counts;

	OpenStatistics(DailyCounts counts) {
		this.counts = counts;
	}

	/** The cells of the months, by month, department and matter. */
	public List<Cell> byMatter(YearMonth from, YearMonth to) {
		Map<String, LocalizedText> names = counts.matterNames();
		List<Cell> cells = new ArrayList<>();
		for (Totals group : counts.totals(new Scope(from.atDay(1), to.atEndOfMonth(), null, null), Dimension.YEAR,
				Dimension.MONTH, Dimension.DEPARTMENT, Dimension.MATTER)) {
			Tally tally = new Tally(
					YearMonth.of(Integer.parseInt(group.keys().get(0)), Integer.parseInt(group.keys().get(1))),
					group.keys().get(2), group.keys().get(3), names.get(group.keys().get(3)));
			tally.received = (int) group.get(Measure.SUBMITTED);
			tally.decided = (int) group.decided();
			tally.granted = (int) group.get(Measure.GRANTED);
			tally.onTime = (int) group.get(Measure.ON_TIME);
			if (tally.received + tally.decided > 0) {
				cells.add(tally.cell());
			}
		}
		return cells;
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
