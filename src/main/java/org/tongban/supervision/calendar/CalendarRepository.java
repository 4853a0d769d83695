package org.tongban.supervision.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CalendarDay;
import org.tongban.supervision.DayKind;

/**
 * The loaded years and their listed days, in tables {@code supervision_calendar_year} and
 * {@code supervision_calendar_day}. Plain SQL: the rows are few and read all at once.
 */
@Repository
public class CalendarRepository {

	private static final String DAY_COLUMNS = "calendar_date, kind, name_zh, name_en";

	private final JdbcClient jdbc;

	CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Everything the working-day arithmetic needs, in two queries.
	 * @param provisionalUntil the last year to count provisionally when its arrangement
	 * is not loaded
	 */
	public LoadedCalendar load(Year provisionalUntil) {
		List<Year> years = years();
		Map<LocalDate, CalendarDay> days = jdbc.sql("select " + DAY_COLUMNS + " from supervision_calendar_day")
			.query(CalendarRepository::day)
			.list()
			.stream()
			.collect(Collectors.toMap(CalendarDay::date, Function.identity()));
		return new LoadedCalendar(years, days, provisionalUntil);
	}

	List<Year> years() {
		return jdbc.sql("select calendar_year from supervision_calendar_year order by calendar_year")
			.query((row, n) -> Year.of(row.getInt(1)))
			.list();
	}

	Optional<YearArrangement> find(Year year) {
		List<CalendarDay> days = jdbc
			.sql("select " + DAY_COLUMNS
					+ " from supervision_calendar_day where calendar_year = :year order by calendar_date")
			.param("year", year.getValue())
			.query(CalendarRepository::day)
			.list();
		return jdbc
			.sql("select source_zh, source_en, published_on from supervision_calendar_year where calendar_year = :year")
			.param("year", year.getValue())
			.query((row, n) -> new YearArrangement(year,
					LocalizedText.of(row.getString("source_zh"), row.getString("source_en")),
					row.getObject("published_on", LocalDate.class), days))
			.optional();
	}

	boolean exists(Year year) {
		return jdbc.sql("select count(*) from supervision_calendar_year where calendar_year = :year")
			.param("year", year.getValue())
			.query(Integer.class)
			.single() > 0;
	}

	void insert(YearArrangement arrangement) {
		jdbc.sql("""
				insert into supervision_calendar_year (calendar_year, source_zh, source_en, published_on)
				values (:year, :zh, :en, :publishedOn)""")
			.param("year", arrangement.year().getValue())
			.param("zh", arrangement.source().zh())
			.param("en", arrangement.source().en())
			.param("publishedOn", arrangement.publishedOn())
			.update();
		arrangement.days().forEach(this::insert);
	}

	/** Lists a day, replacing what was listed for its date. */
	void save(CalendarDay day) {
		delete(day.date());
		insert(day);
	}

	/**
	 * @return whether the date was listed
	 */
	boolean delete(LocalDate date) {
		return jdbc.sql("delete from supervision_calendar_day where calendar_date = :date")
			.param("date", date)
			.update() > 0;
	}

	private void insert(CalendarDay day) {
		jdbc.sql("""
				insert into supervision_calendar_day (calendar_date, calendar_year, kind, name_zh, name_en)
				values (:date, :year, :kind, :zh, :en)""")
			.param("date", day.date())
			.param("year", day.date().getYear())
			.param("kind", day.kind().name())
			.param("zh", day.name().zh())
			.param("en", day.name().en())
			.update();
	}

	private static CalendarDay day(ResultSet row, int rowNum) throws SQLException {
		return new CalendarDay(row.getObject("calendar_date", LocalDate.class), DayKind.valueOf(row.getString("kind")),
				LocalizedText.of(row.getString("name_zh"), row.getString("name_en")));
	}

}
