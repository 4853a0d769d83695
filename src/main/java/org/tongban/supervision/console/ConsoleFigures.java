package org.tongban.supervision.console;

import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.DueItems;
import org.tongban.supervision.DueItems.DueItem;

/**
 * The figures of the supervisor console (R8.5, issue 15 item 4), read from the clocks and
 * warnings as they are now, by department and matter:
 * <ul>
 * <li>open cases (clock not stopped), paused ones (a pause under way), yellow ones (a
 * yellow warning on the case clock or on a step still under way, and no red) and red ones
 * (a red warning on the case clock or on a step still under way);</li>
 * <li>the on-time rate of a period: of the cases whose clock stopped in it, those that
 * stopped by their due day;</li>
 * <li>the overdue report of a period: the cases whose case clock went red with a due day
 * in it, with their working days overdue up to today or the day they ended;</li>
 * <li>the items other modules owe ({@link DueItems}: answers to complaints,
 * rectifications) that were warned of and are still owed, as their owners list them.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
class ConsoleFigures {

	/** The warnings that still count: the case clock's, and those of steps under way. */
	private static final String LIVE_WARNING = """
			select w.case_id, w.level, w.raised_at from supervision_warning w
			where w.step_seq_no = -1 or exists (select 1 from supervision_clock_step s
				where s.case_id = w.case_id and s.seq_no = w.step_seq_no and s.finished_at is null)""";

	private final JdbcClient jdbc;

	private final CaseClocks clocks;

	private final ObjectProvider<DueItems> owners;

	ConsoleFigures(JdbcClient jdbc, CaseClocks clocks, ObjectProvider<DueItems> owners) {
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.owners = owners;
	}

	/** Open, paused, yellow and red cases per department and matter. */
	List<LiveCount> live() {
		return jdbc.sql("""
				select c.department_code, c.matter_code, max(c.matter_name_zh) as name_zh,
					max(c.matter_name_en) as name_en, count(*) as open_cases,
					sum(case when exists (select 1 from supervision_clock_pause p
						where p.case_id = c.case_id and p.ended_at is null) then 1 else 0 end) as paused,
					sum(case when exists (select 1 from (%1$s) y where y.case_id = c.case_id and y.level = 'YELLOW')
						and not exists (select 1 from (%1$s) r where r.case_id = c.case_id and r.level = 'RED')
						then 1 else 0 end) as yellow,
					sum(case when exists (select 1 from (%1$s) r where r.case_id = c.case_id and r.level = 'RED')
						then 1 else 0 end) as red
				from supervision_clock c
				where c.stopped_at is null
				group by c.department_code, c.matter_code
				order by c.department_code, c.matter_code""".formatted(LIVE_WARNING))
			.query((row, n) -> new LiveCount(row.getString("department_code"), row.getString("matter_code"),
					name(row.getString("name_zh"), row.getString("name_en")), row.getInt("open_cases"),
					row.getInt("paused"), row.getInt("yellow"), row.getInt("red")))
			.list();
	}

	/** The open cases warned, red first, then by due day. */
	List<WarnedCase> warned() {
		return jdbc.sql("""
				select c.case_number, c.department_code, c.matter_code, c.matter_name_zh, c.matter_name_en, c.due_on,
					max(case when l.level = 'RED' then 1 else 0 end) as red, max(l.raised_at) as raised_at
				from supervision_clock c join (%s) l on l.case_id = c.case_id
				where c.stopped_at is null
				group by c.case_number, c.department_code, c.matter_code, c.matter_name_zh, c.matter_name_en, c.due_on
				order by red desc, c.due_on, c.case_number""".formatted(LIVE_WARNING))
			.query((row, n) -> new WarnedCase(row.getString("case_number"), row.getString("department_code"),
					row.getString("matter_code"),
					name(row.getString("matter_name_zh"), row.getString("matter_name_en")),
					row.getInt("red") == 1 ? "RED" : "YELLOW", row.getObject("due_on", LocalDate.class),
					instant(row, "raised_at")))
			.list();
	}

	/**
	 * The items owed that were warned of and are still owed, red first, then by due day:
	 * the warnings of their due days, as a reopened complaint's old warnings no longer
	 * count.
	 */
	List<WarnedItem> warnedItems() {
		Optional<LocalDate> latest = jdbc.sql("select due_on from supervision_due_warning order by due_on desc limit 1")
			.query(LocalDate.class)
			.optional();
		if (latest.isEmpty()) {
			return List.of();
		}
		List<DueItem> owed = owners.orderedStream().flatMap(owner -> owner.dueBy(latest.get()).stream()).toList();
		if (owed.isEmpty()) {
			return List.of();
		}
		Map<String, Warning> warned = jdbc.sql("""
				select kind, reference, due_on, max(case when level = 'RED' then 1 else 0 end) as red,
					max(raised_at) as raised_at
				from supervision_due_warning where reference in (:references)
				group by kind, reference, due_on""")
			.param("references", owed.stream().map(DueItem::reference).distinct().toList())
			.query((row, n) -> Map.entry(
					key(row.getString("kind"), row.getString("reference"), row.getObject("due_on", LocalDate.class)),
					new Warning(row.getInt("red") == 1 ? "RED" : "YELLOW", instant(row, "raised_at"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return owed.stream()
			.filter(item -> warned.containsKey(key(item)))
			.map(item -> new WarnedItem(item, warned.get(key(item)).level(), warned.get(key(item)).raisedAt()))
			.sorted(Comparator.comparing(WarnedItem::level)
				.thenComparing(each -> each.item().dueOn())
				.thenComparing(each -> each.item().reference()))
			.toList();
	}

	private static String key(DueItem item) {
		return key(item.kind().name(), item.reference(), item.dueOn());
	}

	private static String key(String kind, String reference, LocalDate dueOn) {
		return kind + " " + reference + " " + dueOn;
	}

	/**
	 * Of the cases whose clock stopped from {@code from} to {@code to}, those on time.
	 */
	List<OnTimeRate> onTime(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select c.department_code, c.matter_code, max(c.matter_name_zh) as name_zh,
					max(c.matter_name_en) as name_en, count(*) as finished,
					sum(case when c.finished_late then 0 else 1 end) as on_time
				from supervision_clock c
				where c.finished_on between :from and :to and c.finished_late is not null
				group by c.department_code, c.matter_code
				order by c.department_code, c.matter_code""")
			.param("from", from)
			.param("to", to)
			.query((row, n) -> new OnTimeRate(row.getString("department_code"), row.getString("matter_code"),
					name(row.getString("name_zh"), row.getString("name_en")), row.getInt("finished"),
					row.getInt("on_time")))
			.list();
	}

	/**
	 * The cases whose case clock went red with a due day from {@code from} to {@code to},
	 * of a department and matter when given, by department, matter and due day.
	 */
	List<OverdueCase> overdue(LocalDate from, LocalDate to, String department, String matter) {
		List<OverdueRow> rows = jdbc.sql("""
				select c.case_id, c.case_number, c.department_code, c.matter_code, c.matter_name_zh, c.matter_name_en,
					w.due_on, c.finished_on
				from supervision_warning w join supervision_clock c on c.case_id = w.case_id
				where w.step_seq_no = -1 and w.level = 'RED' and w.due_on between :from and :to
					and (cast(:department as varchar(20)) is null or c.department_code = :department)
					and (cast(:matter as varchar(40)) is null or c.matter_code = :matter)
				order by c.department_code, c.matter_code, w.due_on, c.case_number""")
			.param("from", from)
			.param("to", to)
			.param("department", department)
			.param("matter", matter)
			.query((row, n) -> new OverdueRow(row.getObject("case_id", UUID.class), row.getString("case_number"),
					row.getString("department_code"), row.getString("matter_code"),
					name(row.getString("matter_name_zh"), row.getString("matter_name_en")),
					row.getObject("due_on", LocalDate.class), row.getObject("finished_on", LocalDate.class)))
			.list();
		Map<UUID, CaseClock> readings = clocks.of(rows.stream().map(OverdueRow::caseId).toList());
		return rows.stream().map(row -> row.overdue(readings.get(row.caseId()))).toList();
	}

	/** The departments and matters the clocks name, for the report's choices. */
	List<String> departments() {
		return jdbc.sql("""
				select distinct department_code from supervision_clock where department_code is not null
				order by department_code""").query(String.class).list();
	}

	private static LocalizedText name(String zh, String en) {
		return zh == null ? null : LocalizedText.of(zh, en);
	}

	/** Open, paused, yellow and red cases of a department's matter. */
	record LiveCount(String departmentCode, String matterCode, LocalizedText matterName, int open, int paused,
			int yellow, int red) {
	}

	/**
	 * @param level the worst warning still counting: {@code RED} or {@code YELLOW}
	 */
	record WarnedCase(String caseNumber, String departmentCode, String matterCode, LocalizedText matterName,
			String level, LocalDate dueOn, Instant raisedAt) {
	}

	/**
	 * @param level the worst warning of its due day: {@code RED} or {@code YELLOW}
	 */
	record WarnedItem(DueItem item, String level, Instant raisedAt) {
	}

	private record Warning(String level, Instant raisedAt) {
	}

	/**
	 * @param finished the cases that ended in the period, with a due day
	 */
	record OnTimeRate(String departmentCode, String matterCode, LocalizedText matterName, int finished, int onTime) {

		/** The share on time, in whole per cent rounded down; 0 when none ended. */
		public int percent() {
			return finished == 0 ? 0 : onTime * 100 / finished;
		}

	}

	/**
	 * @param finishedOn the day the case ended, or null while open
	 * @param daysOverdue working days counted after the due day, up to today or the end
	 */
	record OverdueCase(String caseNumber, String departmentCode, String matterCode, LocalizedText matterName,
			LocalDate dueOn, LocalDate finishedOn, int daysOverdue) {
	}

	private record OverdueRow(UUID caseId, String caseNumber, String departmentCode, String matterCode,
			LocalizedText matterName, LocalDate dueOn, LocalDate finishedOn) {

		OverdueCase overdue(CaseClock reading) {
			int days = reading == null || reading.remainingDays() == null ? 0 : Math.max(0, -reading.remainingDays());
			return new OverdueCase(caseNumber, departmentCode, matterCode, matterName, dueOn, finishedOn, days);
		}

	}

}
