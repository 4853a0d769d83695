package org.tongban.statistics.console;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SortedSet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.shared.NotFoundException;

/**
 * The statistics console (R11.3) for supervisors, who see every department, and for
 * department leaders (approvers), who see only their own, whatever they ask: each table
 * with its chart drawn by script from it (the table is what is read without JavaScript),
 * and each exported to CSV and Excel. The figures are aggregates without personal data;
 * each export is audited with its scope.
 */
@Controller
@RequestMapping("/statistics")
class StatisticsConsole {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final StatisticsTables tables;

	private final MatterCatalog catalog;

	private final StatisticsReaders readers;

	private final Clock clock;

	StatisticsConsole(StatisticsTables tables, MatterCatalog catalog, StatisticsReaders readers, Clock clock) {
		this.tables = tables;
		this.catalog = catalog;
		this.readers = readers;
		this.clock = clock;
	}

	@GetMapping
	String console(@AuthenticationPrincipal Actor actor, @ModelAttribute("filters") StatisticsForm form,
			BindingResult errors, Model model, Locale locale) {
		SortedSet<String> own = StatisticsReaders.own(actor);
		Filter filter = Filter.of(form, errors, LocalDate.now(clock), own);
		model.addAttribute("all", own == null);
		model.addAttribute("departments",
				catalog.departments()
					.stream()
					.filter(department -> own == null || own.contains(department.code()))
					.toList());
		model.addAttribute("grains", Grain.values());
		if (filter != null) {
			model.addAttribute("tables", tables.all(filter, locale));
			model.addAttribute("shown", form);
		}
		return "statistics/console";
	}

	@GetMapping("/{table}.csv")
	Object csv(@AuthenticationPrincipal Actor actor, @PathVariable String table,
			@ModelAttribute("filters") StatisticsForm form, BindingResult errors, Model model, Locale locale) {
		Table exported = exported(actor, table, form, errors, locale, "csv");
		return exported == null ? console(actor, form, errors, model, locale)
				: file(TableExports.csv(exported), CSV, table + "." + "csv", form);
	}

	@GetMapping("/{table}.xlsx")
	Object xlsx(@AuthenticationPrincipal Actor actor, @PathVariable String table,
			@ModelAttribute("filters") StatisticsForm form, BindingResult errors, Model model, Locale locale) {
		Table exported = exported(actor, table, form, errors, locale, "xlsx");
		return exported == null ? console(actor, form, errors, model, locale)
				: file(TableExports.xlsx(exported), XLSX, table + "." + "xlsx", form);
	}

	/**
	 * The table asked, its export audited with its scope; null when the filters are
	 * wrong.
	 */
	private Table exported(Actor actor, String id, StatisticsForm form, BindingResult errors, Locale locale,
			String format) {
		if (!StatisticsTables.IDS.contains(id)) {
			throw new NotFoundException("statistics.table.notFound", id);
		}
		Filter filter = Filter.of(form, errors, LocalDate.now(clock), StatisticsReaders.own(actor));
		if (filter == null) {
			return null;
		}
		Table table = tables.table(id, filter, locale);
		readers.read(actor, "statistics.export", id, format, filter);
		return table;
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name, StatisticsForm form) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("statistics-" + form.getFrom() + "-" + form.getTo() + "-" + name)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
