package org.tongban.exchange.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.exchange.metrics.MetricsPeriod.Problem;
import org.tongban.exchange.metrics.SharingMetrics.DepartmentMetrics;
import org.tongban.shared.InvalidParameterException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The sharing metrics per department (R9.5) for the system administrator and the
 * supervisors, as on {@code /admin/sharing-metrics}. Counts and timings only, no personal
 * data.
 */
@RestController
@Tag(name = "Sharing metrics", description = "Records contributed and exchange requests per department (R9.5)")
class SharingMetricsApi {

	private final SharingMetrics metrics;

	private final Clock clock;

	SharingMetricsApi(SharingMetrics metrics, Clock clock) {
		this.metrics = metrics;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/admin/sharing-metrics", produces = "application/json")
	@Operation(summary = "Per department: records held in the base registries it owns and licences it issued "
			+ "(today), and the exchange requests for them in the period, answered and refused, with their latency "
			+ "(median and 95th percentile by nearest rank, and maximum, in milliseconds). Requests to the licence "
			+ "registry are on a row with no department. Without dates: this year up to today; at most "
			+ MetricsPeriod.MAX_DAYS + " days.")
	Answer metrics(@Parameter(description = "The first day, YYYY-MM-DD") @RequestParam(required = false) String from,
			@Parameter(description = "The last day, YYYY-MM-DD") @RequestParam(required = false) String to) {
		MetricsPeriod.Parsed parsed = MetricsPeriod.parse(from, to, LocalDate.now(clock));
		if (parsed.period() == null) {
			Problem problem = parsed.problems().get(0);
			throw new InvalidParameterException(problem.field(), problem.code(), problem.args());
		}
		MetricsPeriod period = parsed.period();
		return new Answer(period.from(), period.to(), metrics.of(period.from(), period.to()));
	}

	record Answer(LocalDate from, LocalDate to, List<DepartmentMetrics> departments) {
	}

}
