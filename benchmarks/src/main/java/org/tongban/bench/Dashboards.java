package org.tongban.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;

/**
 * Issue 20 (R11): the statistics console {@code /statistics} and its exports, as the demo supervisor sees them
 * through HTTP (a web session: log-in, second factor, CSRF), for every grain and with no filter, a department and a
 * matter; one client, {@code --rounds} rounds, p50 / p95 / p99 per page. Run by {@code benchmarks/run.sh} with
 * {@code DASHBOARDS=only} on a loaded database (PLATFORM_DB=tongban_scale).
 */
public final class Dashboards {

	private static final String SUPERVISOR = "supervisor";

	private static final String SECRET = "2SDZNSC75XJBDD62ROK4G3HPYLR2ZNAB";

	private static final String PASSWORD = "Tongban#2026";

	private static final List<String> TABLES = List.of("volume", "channel", "applicant", "department", "matter",
			"time", "trips", "satisfaction");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/**
	 * The session cookie, kept by hand: it is {@code Secure}, which the JDK's cookie handler does not send over the
	 * plain HTTP of the benchmark.
	 */
	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String url;

	private Dashboards(String url) {
		this.url = url;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> given = new LinkedHashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			given.put(pair[0], pair.length > 1 ? pair[1] : "true");
		}
		var dashboards = new Dashboards(given.getOrDefault("url", "http://localhost:18080"));
		dashboards.logIn();
		dashboards.measure(Integer.parseInt(given.getOrDefault("rounds", "20")), given.getOrDefault("label", ""));
	}

	private void logIn() throws Exception {
		String token = csrf(get("/login", 200));
		post("/login", Map.of("username", SUPERVISOR, "password", PASSWORD, "_csrf", token));
		String second = csrf(get("/login/second-factor", 200));
		HttpResponse<String> done = post("/login/second-factor",
				Map.of("code", Totp.code(SECRET, Instant.now()), "_csrf", second));
		if (done.headers().firstValue("Location").orElse("").contains("second-factor")) {
			throw new IllegalStateException("the second factor was refused");
		}
	}

	/**
	 * Each grain over the longest period it takes (a day grain: 366 days; the others: the five years of the loaded
	 * data), with each filter: the console page, then every table as CSV and as Excel.
	 */
	private void measure(int rounds, String label) throws Exception {
		Map<String, String> periods = new LinkedHashMap<>();
		periods.put("DAY", "from=2025-11-27&to=2026-11-27");
		periods.put("WEEK", "from=2022-01-01&to=2026-11-27");
		periods.put("MONTH", "from=2022-01-01&to=2026-11-27");
		periods.put("YEAR", "from=2022-01-01&to=2026-11-27");
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("none", "");
		filters.put("department SCJGJ", "&department=SCJGJ");
		filters.put("matter SCJGJ-SPJYXK", "&matter=SCJGJ-SPJYXK");
		Map<String, Histogram[]> latencies = new LinkedHashMap<>();
		for (int round = 0; round <= rounds; round++) {
			for (var grain : periods.entrySet()) {
				for (var filter : filters.entrySet()) {
					String query = "?" + grain.getValue() + "&grain=" + grain.getKey() + filter.getValue();
					Histogram[] pair = latencies.computeIfAbsent(grain.getKey() + " | " + filter.getKey(),
							k -> new Histogram[] { new Histogram(3), new Histogram(3) });
					// Round 0 warms up (JIT, caches) and is not counted.
					time(round == 0 ? null : pair[0], "/statistics" + query);
					for (String table : TABLES) {
						time(round == 0 ? null : pair[1], "/statistics/" + table + ".csv" + query);
						time(round == 0 ? null : pair[1], "/statistics/" + table + ".xlsx" + query);
					}
				}
			}
		}
		StringBuilder out = new StringBuilder(String.format(
				"%n| grain | filter | console p50 / p95 / p99 (ms) | exports, %d tables × CSV and Excel, p50 / p95 / p99 (ms) |%n",
				TABLES.size()));
		out.append("|---|---|---|---|\n");
		latencies.forEach((key, pair) -> out.append(String.format("| %s | %s | %s |%n", key, ms(pair[0]), ms(pair[1]))));
		out.append(String.format("%n%d rounds after one to warm up, one client%s; target p95 < 200 ms (issue 20)%n",
				rounds, label.isBlank() ? "" : ", " + label));
		System.out.print(out);
	}

	private void time(Histogram histogram, String path) throws Exception {
		long start = System.nanoTime();
		get(path, 200);
		if (histogram != null) {
			histogram.recordValue(System.nanoTime() - start);
		}
	}

	private static String ms(Histogram latency) {
		return String.format("%.0f / %.0f / %.0f", latency.getValueAtPercentile(50) / 1e6,
				latency.getValueAtPercentile(95) / 1e6, latency.getValueAtPercentile(99) / 1e6);
	}

	private HttpResponse<String> get(String path, int expected) throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60)).GET());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response;
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String set : response.headers().allValues("Set-Cookie")) {
			String[] pair = set.split(";", 2)[0].split("=", 2);
			cookies.put(pair[0].trim(), pair.length > 1 ? pair[1] : "");
		}
		return response;
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on " + page.uri());
		}
		return matcher.group(1);
	}

}
