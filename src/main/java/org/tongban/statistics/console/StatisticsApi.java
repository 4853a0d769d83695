package org.tongban.statistics.console;

import static org.tongban.shared.web.FilterFields.code;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The statistics console's tables as JSON (R11), for department systems and dashboards:
 * the same tables of the same filters ({@link StatisticsTables}, {@link Filter}) for the
 * same people, a supervisor every department and a department leader (approver) their
 * own. Unlike the console, which shows a leader their department whatever they ask, the
 * API refuses another department (403), and a department or matter the catalogue does not
 * have (400), so that a program never takes one figure for another. Every read is audited
 * with its scope, as the console's exports are.
 */
@RestController
@RequestMapping(path = "/api/v1/statistics", produces = "application/json")
@Tag(name = "Statistics", description = StatisticsApi.RULE)
class StatisticsApi {

	static final String RULE = "The statistics console's tables (R11) from the read models: volume by day, week, "
			+ "month or year with its growth, by channel, applicant kind, department and matter; processing time, "
			+ "on-time rate, overdue, automatic approvals, trips saved and materials reused; satisfaction. For the "
			+ "supervisors (every department) and the department leaders (approvers, their own department only). "
			+ "Texts follow Accept-Language; each column and row also has a code for programs. Every read is audited.";

	private final StatisticsTables tables;

	private final MatterCatalog catalog;

	private final StatisticsReaders readers;

	private final Clock clock;

	StatisticsApi(StatisticsTables tables, MatterCatalog catalog, StatisticsReaders readers, Clock clock) {
		this.tables = tables;
		this.catalog = catalog;
		this.readers = readers;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Every table of the statistics console for a period, department and matter",
			description = RULE)
	@ApiResponse(responseCode = "200", description = "The tables, in the console's order")
	@ApiResponse(responseCode = "400", description = "A day that is not YYYY-MM-DD, one day without the other, the "
			+ "last day before the first, a period too long (by day, or at all), an unknown grain, or a department "
			+ "or matter the catalogue does not have: `parameter` names it")
	@ApiResponse(responseCode = "403",
			description = "Neither a supervisor nor a department leader, or a department leader asking for another "
					+ "department")
	Figures all(@ParameterObject StatisticsQuery query, @AuthenticationPrincipal Actor actor, Locale locale) {
		Filter filter = filter(query, actor);
		readers.read(actor, "statistics.read", "all", "json", filter);
		return Figures.of(filter, tables.all(filter, locale));
	}

	@GetMapping("/{table}")
	@Operation(summary = "One table of the statistics console for a period, department and matter", description = RULE)
	@ApiResponse(responseCode = "200", description = "The table")
	@ApiResponse(responseCode = "400", description = "A day that is not YYYY-MM-DD, one day without the other, the "
			+ "last day before the first, a period too long (by day, or at all), an unknown grain, or a department "
			+ "or matter the catalogue does not have: `parameter` names it")
	@ApiResponse(responseCode = "403",
			description = "Neither a supervisor nor a department leader, or a department leader asking for another "
					+ "department")
	@ApiResponse(responseCode = "404", description = "No table of this name")
	Figures table(
			@Parameter(description = "The table",
					schema = @Schema(allowableValues = { "volume", "channel", "applicant", "department", "matter",
							"time", "trips", "satisfaction" })) @PathVariable String table,
			@ParameterObject StatisticsQuery query, @AuthenticationPrincipal Actor actor, Locale locale) {
		if (!StatisticsTables.IDS.contains(table)) {
			throw new NotFoundException("statistics.table.notFound", table);
		}
		Filter filter = filter(query, actor);
		readers.read(actor, "statistics.read", table, "json", filter);
		return Figures.of(filter, List.of(tables.table(table, filter, locale)));
	}

	/**
	 * The filters asked, as the console reads them; what the console would quietly
	 * correct, refused.
	 */
	private Filter filter(StatisticsQuery query, Actor actor) {
		String department = code(query.department());
		if (department != null && !catalog.hasDepartment(department)) {
			throw new InvalidParameterException("department", "statistics.api.department.unknown", department);
		}
		SortedSet<String> own = StatisticsReaders.own(actor);
		if (department != null && own != null && !own.contains(department)) {
			throw new RefusedException(Refusal.FORBIDDEN, "statistics.api.department.forbidden", department);
		}
		String matter = code(query.matter());
		if (matter != null && !catalog.hasMatter(matter)) {
			throw new InvalidParameterException("matter", "statistics.api.matter.unknown", matter);
		}
		StatisticsForm form = query.form();
		var errors = new BeanPropertyBindingResult(form, "filters");
		Filter filter = Filter.of(form, errors, LocalDate.now(clock), own);
		if (filter == null) {
			FieldError first = errors.getFieldErrors().get(0);
			throw new InvalidParameterException(first.getField(), first.getCode(),
					Objects.requireNonNullElse(first.getArguments(), new Object[0]));
		}
		return filter;
	}

	/**
	 * The filters the tables answer, as read (for a department leader who named none,
	 * their department), and the tables.
	 */
	@Schema(name = "StatisticsFigures")
	record Figures(@Schema(description = "The first day counted") LocalDate from,
			@Schema(description = "The last day counted") LocalDate to,
			@Schema(description = "What the volume is shown by", allowableValues = {
					"day", "week", "month", "year" }) String grain,
			@Schema(description = "The department counted; null for every department",
					types = { "string", "null" }) String department,
			@Schema(description = "The matter counted; null for every matter",
					types = { "string", "null" }) String matter,
			List<TableJson> tables){

		static Figures of(Filter filter, List<Table> tables) {
			return new Figures(filter.scope().from(), filter.scope().to(),
					filter.grain().name().toLowerCase(Locale.ROOT), filter.scope().department(),
					filter.scope().matter(), tables.stream().map(TableJson::of).toList());
		}

	}

	/** A table as the console shows it: its title, its columns, and its rows. */
	@Schema(name = "StatisticsTable")
	record TableJson(@Schema(description = "The table", allowableValues = {
			"volume", "channel", "applicant", "department", "matter", "time", "trips", "satisfaction" }) String id,
			@Schema(description = "Its title in the reader's language") String title, List<Column> columns,
			List<Row> rows){

		static TableJson of(Table table) {
			List<Column> columns = new ArrayList<>();
			for (int i = 0; i < table.columns().size(); i++) {
				columns.add(new Column(table.columns().get(i), table.headings().get(i)));
			}
			List<Row> rows = new ArrayList<>();
			for (int i = 0; i < table.rows().size(); i++) {
				rows.add(new Row(table.codes().get(i), table.rows().get(i)));
			}
			return new TableJson(table.id(), table.title(), columns, rows);
		}

	}

	@Schema(name = "StatisticsColumn")
	record Column(@Schema(description = "What the column holds", example = "onTime") String code,
			@Schema(description = "Its heading in the reader's language") String heading) {
	}

	@Schema(name = "StatisticsRow")
	record Row(
			@Schema(description = "What the row counts: the first day of a period, a department's or matter's "
					+ "code, a channel, an applicant kind, a band of processing time, a score (5 best), or total",
					example = "ONLINE") String code,
			@ArraySchema(
					arraySchema = @Schema(description = "A cell for each column: text, a count, a whole per "
							+ "cent or an average score; null where there is no figure (a rate of nothing)"),
					schema = @Schema(types = {
							"string", "number", "null" })) List<Object> cells){
	}

}
