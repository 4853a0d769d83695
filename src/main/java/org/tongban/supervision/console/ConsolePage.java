package org.tongban.supervision.console;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongban.shared.web.ReportFilterForm;
import org.tongban.identity.Actor;
import org.tongban.shared.audit.Audit;
import org.tongban.supervision.Rectifications;
import org.tongban.supervision.console.ConsoleFigures.OverdueCase;

/**
 * The supervisor console {@code /supervision} (R8.5, issue 15 item 4), read only, for the
 * supervisor role (the access rules): open, paused, yellow and red cases per department
 * and matter, the warned cases with a link to each case, the warned answers to complaints
 * and rectifications with a link to each, the on-time rate of a period and its overdue
 * report, downloadable as CSV and as an Excel workbook (each download audited). Every
 * chart is drawn from a table on the page, which is what is read without JavaScript and
 * by screen readers.
 */
@Controller
@RequestMapping("/supervision")
class ConsolePage {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ConsoleFigures figures;

	private final OverdueReports reports;

	private final Audit audit;

	private final Clock clock;

	private final ObjectProvider<Rectifications> rectifications;

	ConsolePage(ConsoleFigures figures, OverdueReports reports, Audit audit, Clock clock,
			ObjectProvider<Rectifications> rectifications) {
		this.rectifications = rectifications;
		this.figures = figures;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String console(@ModelAttribute("period") ReportFilterForm form, BindingResult errors, Model model) {
		Period period = Period.of(form, errors, LocalDate.now(clock));
		model.addAttribute("live", figures.live());
		model.addAttribute("warned", figures.warned());
		model.addAttribute("warnedItems", figures.warnedItems());
		model.addAttribute("rectifications",
				rectifications.orderedStream().flatMap(owed -> owed.open().stream()).toList());
		model.addAttribute("departments", figures.departments());
		if (period != null) {
			model.addAttribute("onTime", figures.onTime(period.from(), period.to()));
			model.addAttribute("overdue",
					figures.overdue(period.from(), period.to(), period.department(), period.matter()));
			model.addAttribute("shown", period);
		}
		return "supervision/console";
	}

	@GetMapping("/reports/overdue.csv")
	Object csv(@AuthenticationPrincipal Actor supervisor, @ModelAttribute("period") ReportFilterForm form,
			BindingResult errors, Model model, Locale locale) {
		Period period = Period.of(form, errors, LocalDate.now(clock));
		if (period == null) {
			return console(form, errors, model);
		}
		List<OverdueCase> cases = exported(supervisor, period, "csv");
		return file(reports.csv(cases, locale), new MediaType("text", "csv", StandardCharsets.UTF_8),
				name(period, "csv"));
	}

	@GetMapping("/reports/overdue.xlsx")
	Object xlsx(@AuthenticationPrincipal Actor supervisor, @ModelAttribute("period") ReportFilterForm form,
			BindingResult errors, Model model, Locale locale) {
		Period period = Period.of(form, errors, LocalDate.now(clock));
		if (period == null) {
			return console(form, errors, model);
		}
		List<OverdueCase> cases = exported(supervisor, period, "xlsx");
		return file(reports.xlsx(cases, period, locale), XLSX, name(period, "xlsx"));
	}

	/** The report's cases, the export audited with its scope (no personal data). */
	private List<OverdueCase> exported(Actor supervisor, Period period, String format) {
		List<OverdueCase> cases = figures.overdue(period.from(), period.to(), period.department(), period.matter());
		audit.succeeded(supervisor.audited(), "report.export", "report", "overdue",
				format + " " + period.from() + ".." + period.to()
						+ (period.department() == null ? "" : " department=" + period.department())
						+ (period.matter() == null ? "" : " matter=" + period.matter()) + " cases=" + cases.size());
		return cases;
	}

	private static String name(Period period, String extension) {
		return "overdue-" + period.from() + "-" + period.to() + "." + extension;
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
