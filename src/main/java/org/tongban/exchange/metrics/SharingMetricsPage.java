package org.tongban.exchange.metrics;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The sharing metrics on the admin console (R9.5), for the system administrator and the
 * supervisors (the access rules): a table per department of a period, read only.
 */
@Controller
class SharingMetricsPage {

	private final SharingMetrics metrics;

	private final Clock clock;

	SharingMetricsPage(SharingMetrics metrics, Clock clock) {
		this.metrics = metrics;
		this.clock = clock;
	}

	@GetMapping("/admin/sharing-metrics")
	String page(@ModelAttribute("period") PeriodForm form, BindingResult errors, Model model) {
		MetricsPeriod.Parsed parsed = MetricsPeriod.parse(form.getFrom(), form.getTo(), LocalDate.now(clock));
		parsed.problems().forEach(problem -> errors.rejectValue(problem.field(), problem.code(), problem.args(), null));
		MetricsPeriod period = parsed.period();
		if (period != null) {
			form.setFrom(period.from().toString());
			form.setTo(period.to().toString());
			model.addAttribute("shown", period);
			model.addAttribute("departments", metrics.of(period.from(), period.to()));
		}
		return "exchange/sharing-metrics";
	}

	/** The period as typed; {@link MetricsPeriod} reads it. */
	public static class PeriodForm {

		private String from;

		private String to;

		public String getFrom() {
			return from;
		}

		public void setFrom(String from) {
			this.from = from;
		}

		public String getTo() {
			return to;
		}

		public void setTo(String to) {
			this.to = to;
		}

	}

}
