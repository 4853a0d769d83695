package org.tongban.exchange.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.exchange.DataElements;
import org.tongban.exchange.IssuedLicences;
import org.tongban.exchange.Registry;

/**
 * The sharing metrics per department (R9.5): the records it contributes to the base
 * registries it owns, and the exchange requests for them in a period, answered and
 * refused, with their latency.
 * <ul>
 * <li>A registry's records are all its owner's: the population registry is kept by public
 * security (GAJ), the legal-person registry by market regulation (SCJGJ), the credit
 * register by the platform's office (ZWFWJ), as the data-element dictionary says;
 * licences are each their issuing department's. The registries keep no date of entry, so
 * records are counted as held today, not per period.</li>
 * <li>A request is a row of the access log with an outcome (an exchange API request, not
 * one of the platform's own reads), in the period by its time in the city's zone, counted
 * for the department owning the registry read. The log does not name a licence's issuing
 * department, so requests to the licence registry are counted on a row of their own
 * (department {@code null}).</li>
 * <li>Latency: the median and 95th percentile by nearest rank, and the maximum, of the
 * requests that logged one.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class SharingMetrics {

	private final JdbcClient jdbc;

	private final ObjectProvider<IssuedLicences> licences;

	private final Clock clock;

	private final DataElements dictionary;

	SharingMetrics(JdbcClient jdbc, ObjectProvider<IssuedLicences> licences, Clock clock, DataElements dictionary) {
		this.dictionary = dictionary;
		this.jdbc = jdbc;
		this.licences = licences;
		this.clock = clock;
	}

	/**
	 * The metrics of every department with records or requests, by code, licences last.
	 */
	public List<DepartmentMetrics> of(LocalDate from, LocalDate to) {
		Map<String, Long> records = new HashMap<>();
		records.merge(owner(Registry.POPULATION), count("exchange_person"), Long::sum);
		records.merge(owner(Registry.LEGAL_PERSON), count("exchange_legal_person"), Long::sum);
		records.merge(owner(Registry.CREDIT), count("exchange_credit_record"), Long::sum);
		IssuedLicences issued = licences.getIfAvailable();
		if (issued != null) {
			issued.countByDepartment().forEach((department, count) -> records.merge(department, count, Long::sum));
		}

		Map<String, Requests> requests = new HashMap<>();
		jdbc.sql("""
				select registry, outcome, latency_ms from exchange_access_log
				where outcome is not null and accessed_at >= :start and accessed_at < :end""")
			.param("start", utc(from))
			.param("end", utc(to.plusDays(1)))
			.query((row, n) -> {
				Registry registry = Registry.valueOf(row.getString("registry"));
				int latency = row.getInt("latency_ms");
				Integer latencyMs = row.wasNull() ? null : latency;
				requests.computeIfAbsent(key(owner(registry)), department -> new Requests())
					.add("REFUSED".equals(row.getString("outcome")), latencyMs);
				return null;
			})
			.list();

		Map<String, DepartmentMetrics> metrics = new TreeMap<>();
		records.forEach((department, count) -> metrics.put(key(department),
				requests.getOrDefault(key(department), new Requests()).metrics(department, count)));
		requests.forEach((department, counted) -> metrics.computeIfAbsent(department,
				key -> counted.metrics(LICENCES.equals(key) ? null : key, 0)));
		return new ArrayList<>(metrics.values().stream().sorted(ORDER).toList());
	}

	private static final String LICENCES = "\uffff";

	private static final Comparator<DepartmentMetrics> ORDER = Comparator.comparing(DepartmentMetrics::departmentCode,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private static String key(String department) {
		return department == null ? LICENCES : department;
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** The access log keeps UTC times; a day is the city's. */
	private LocalDateTime utc(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
	}

	/**
	 * A department's figures.
	 *
	 * @param departmentCode null for the requests to the licence registry, whose issuing
	 * department the log does not name
	 * @param records the records it holds in the registries it owns, and its licences
	 * @param medianMs null when no request logged its latency, as the others
	 */
	public record DepartmentMetrics(String departmentCode, long records, long answered, long refused, Integer medianMs,
			Integer p95Ms, Integer maxMs) {

		public long requests() {
			return answered + refused;
		}

	}

	private static final class Requests {

		long answered;

		long refused;

		final List<Integer> latencies = new ArrayList<>();

		void add(boolean refusal, Integer latencyMs) {
			if (refusal) {
				refused++;
			}
			else {
				answered++;
			}
			if (latencyMs != null) {
				latencies.add(latencyMs);
			}
		}

		DepartmentMetrics metrics(String department, long records) {
			latencies.sort(Comparator.naturalOrder());
			return new DepartmentMetrics(department, records, answered, refused, rank(50), rank(95),
					latencies.isEmpty() ? null : latencies.get(latencies.size() - 1));
		}

		/**
		 * The nearest-rank percentile: the smallest value with p% of the values at or
		 * below it.
		 */
		private Integer rank(int percent) {
			if (latencies.isEmpty()) {
				return null;
			}
			int rank = (int) Math.ceil(percent / 100.0 * latencies.size());
			return latencies.get(Math.max(rank, 1) - 1);
		}

	}

	/**
	 * The department that owns a registry, as the dictionary says, but none for the
	 * licences, whose records are each issuer's.
	 */
	private String owner(Registry registry) {
		return registry == Registry.LICENCE ? null : dictionary.registry(registry).ownerDepartment();
	}

}
