package org.tongban.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;

/**
 * The load driver of issue 6: {@code clients} threads, each an applicant who submits a food business licence
 * (SCJGJ-SPJYXK) with a 100 KB PDF through the real HTTP API and then, as the department's staff, takes that case
 * through its whole life cycle (accept → initial review → inspection with its special period → re-review → grant),
 * looking at the task list and the case page before each action as staff do. The applicant also follows the case
 * by the public status query and searches the catalogue. Before the load it runs the bare-engine baseline
 * ({@link BareEngine}) with the same number of clients, and it prints one table with both and pgbench's rate.
 */
public final class LoadDriver {

	private static final String MATTER = "SCJGJ-SPJYXK";

	/**
	 * The demo staff of SCJGJ and their TOTP secrets, as in README.md; two reviewers, since the re-review is another
	 * person's than the initial review (R12.7).
	 */
	private static final Map<String, String> STAFF = Map.of("scjgj.clerk", "W6CEOX2HI5BAAV57EZOJJHFLTTNF2N2A",
			"scjgj.reviewer", "KFJJ2QNS5NNJ7DDNJN5ZUSIO34YJEOH6", "scjgj.reviewer2", "HWHV7UDL3RVJ6UBDNI4P5M3424QZX22K",
			"scjgj.approver", "VTU656JVIDM6Q52G7TILK4JHYF2S5T3K");

	private static final String PASSWORD = "Tongban#2026";

	/** The demo enterprise; its legal representative is 张伟 (README, "Demo accounts"). */
	private static final String APPLICANT = "91210202MA0Q5K7D3U";

	private static final List<String> REPORTED = List.of("submit", "task list", "case page", "public query",
			"catalogue search");

	private final Options options;

	private final Api api;

	private final byte[] material;

	private final Map<String, String> staffTokens = new LinkedHashMap<>();

	private final AtomicLong submissions = new AtomicLong();

	private final AtomicLong lifeCycles = new AtomicLong();

	private final AtomicLong failedCycles = new AtomicLong();

	private final AtomicLong bundles = new AtomicLong();

	private final AtomicLong failedBundles = new AtomicLong();

	private final BundleCycles bundleCycles;

	private final AutomaticCycles automaticCycles;

	private final AtomicLong automaticGrants = new AtomicLong();

	private final AtomicLong failedAutomatic = new AtomicLong();

	private final Map<String, String> firstFailures = new java.util.concurrent.ConcurrentHashMap<>();

	private volatile boolean counting;

	LoadDriver(Options options) {
		this.options = options;
		this.api = new Api(options.url());
		this.material = SamplePdf.of(options.pdfBytes(), "bench");
		this.automaticCycles = new AutomaticCycles(api, material);
		this.bundleCycles = new BundleCycles(api, material, staffTokens, new BundleCycles.Desk() {

			@Override
			public void awaitCase(String staff, String number) {
				LoadDriver.this.awaitCase(staff, number);
			}

			@Override
			public void act(String staff, String number, String step, String action, Map<String, Object> body) {
				LoadDriver.this.act(staff, number, step, action, body);
			}

		});
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		BareEngine.Result bare = options.bare().isBlank() ? null : BareEngine.Result.parse(options.bare());
		if (bare == null && !"none".equals(options.engineJdbcUrl())) {
			System.out.printf("Bare engine: %d clients for %d s on %s%n", options.clients(),
					options.duration().toSeconds(), options.engineJdbcUrl());
			BareEngine engine = new BareEngine(options.engineJdbcUrl(), options.dbUser(), options.dbPassword(),
					options.engineConnections(), options.model());
			try {
				bare = engine.run(options.clients(), options.duration());
			}
			finally {
				engine.close();
			}
		}
		LoadDriver driver = new LoadDriver(options);
		System.out.printf("Platform %s: %d clients%s for %d s, material %d bytes%n", options.url(), options.clients(),
				options.applicantsOnly() ? " (applicants only, up to the submission)" : "",
				options.duration().toSeconds(), driver.material.length);
		Platform platform = driver.run();
		driver.print(platform, bare);
	}

	/** The window measured, and each node's heap and CPU in it. */
	record Platform(double seconds, List<PlatformSampler> samplers) {
	}

	Platform run() throws InterruptedException {
		Map<String, String> staff = new LinkedHashMap<>(STAFF);
		if (options.bundleClients() > 0) {
			staff.putAll(BundleCycles.STAFF);
		}
		for (Map.Entry<String, String> account : staff.entrySet()) {
			staffTokens.put(account.getKey(), staffToken(account.getKey(), account.getValue()));
		}
		List<String> applicantTokens = new ArrayList<>();
		for (int i = 0; i < options.clients(); i++) {
			applicantTokens.add(token(Map.of("username", APPLICANT, "password", PASSWORD)));
		}
		List<PlatformSampler> samplers = options.nodes()
			.stream()
			.map(node -> new PlatformSampler(node.equals(options.url()) ? api : new Api(node)))
			.toList();
		Instant[] window = new Instant[2];
		List<Thread> threads = new ArrayList<>();
		// Every client runs one whole cycle to warm up; the window opens when the first of them is done.
		java.util.concurrent.CountDownLatch warm = new java.util.concurrent.CountDownLatch(options.clients());
		for (int i = 0; i < options.clients(); i++) {
			String token = applicantTokens.get(i);
			Runnable cycle = i < options.bundleClients() ? () -> bundleCycle(token)
					: i < options.bundleClients() + options.automaticClients() ? () -> automaticCycle(token)
							: () -> cycle(token);
			Thread thread = new Thread(() -> {
				cycle.run();
				warm.countDown();
				try {
					warm.await();
				}
				catch (InterruptedException ex) {
					return;
				}
				synchronized (window) {
					if (window[0] == null) {
						api.startMeasuring();
						counting = true;
						samplers.forEach(PlatformSampler::start);
						window[0] = Instant.now();
						window[1] = window[0].plus(options.duration());
					}
				}
				while (Instant.now().isBefore(window[1])) {
					cycle.run();
				}
			}, "client-" + i);
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		counting = false;
		samplers.forEach(PlatformSampler::stop);
		return new Platform(Duration.between(window[0], Instant.now()).toMillis() / 1000.0, samplers);
	}

	/** One application from draft to grant; a failure is counted and the client goes on with a new one. */
	private void cycle(String applicant) {
		try {
			String id = Api
				.json(api.send("draft", api.post("/api/v1/drafts", applicant, Map.of("matterCode", MATTER)), 201))
				.get("id")
				.asText();
			api.send("save", api.put("/api/v1/drafts/" + id, applicant, Map.of("answers", answers())), 200);
			for (String code : List.of("M04", "M05")) {
				api.send("upload", api.upload("/api/v1/drafts/" + id + "/materials", applicant,
						Map.of("material", code), code + ".pdf", material), 200, 201);
			}
			var submit = api.post("/api/v1/drafts/" + id + "/submit", applicant, Map.of())
				.header("Idempotency-Key", UUID.randomUUID().toString());
			JsonNode receipt = Api.json(api.send("submit", submit, 201));
			if (counting) {
				submissions.incrementAndGet();
			}
			String number = receipt.get("number").asText();
			api.send("public query", api.get("/api/v1/query?number=" + number + "&code="
					+ receipt.get("queryCode").asText(), null), 200);
			api.send("catalogue search", api.get("/api/v1/matters?q=" + URLEncoder.encode("食品", StandardCharsets.UTF_8)
					+ "&audience=ENTERPRISE&page=1&size=10", null), 200);
			if (options.applicantsOnly()) {
				return;
			}

			awaitCase("scjgj.clerk", number);
			String expectedEnd = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(14).toString();
			act("scjgj.clerk", number, "ACCEPTANCE", "accept", Map.of("opinion", "材料齐全，予以受理"));
			act("scjgj.reviewer", number, "INITIAL_REVIEW", "review", Map.of("outcome", "APPROVE", "opinion", "初审同意"));
			act("scjgj.reviewer", number, "INSPECTION", "start-special-period",
					Map.of("kind", "INSPECTION", "reason", "现场核查", "expectedEnd", expectedEnd));
			act("scjgj.reviewer", number, null, "end-special-period", Map.of("result", "现场核查合格"));
			act("scjgj.reviewer", number, null, "review", Map.of("outcome", "APPROVE", "opinion", "核查合格"));
			act("scjgj.reviewer2", number, "RE_REVIEW", "review", Map.of("outcome", "APPROVE", "opinion", "复审同意"));
			act("scjgj.approver", number, "DECISION", "decide",
					Map.of("decision", "GRANT", "reasons", "符合食品经营许可条件", "legalBasis", "《食品经营许可和备案管理办法》"));
			api.send("public query", api.get("/api/v1/query?number=" + number + "&code="
					+ receipt.get("queryCode").asText(), null), 200);
			if (counting) {
				lifeCycles.incrementAndGet();
			}
		}
		catch (RuntimeException ex) {
			if (counting) {
				failedCycles.incrementAndGet();
			}
			firstFailures.putIfAbsent(ex.getMessage() == null ? ex.toString() : ex.getMessage().split(":")[0],
					String.valueOf(ex.getMessage()));
		}
	}

	/** One bundle from its draft to FINISHED; a failure is counted and the client goes on with a new one. */
	private void bundleCycle(String applicant) {
		try {
			bundleCycles.cycle(applicant);
			if (counting) {
				bundles.incrementAndGet();
			}
		}
		catch (RuntimeException ex) {
			if (counting) {
				failedBundles.incrementAndGet();
			}
			firstFailures.putIfAbsent("bundle " + (ex.getMessage() == null ? ex : ex.getMessage().split(":")[0]),
					String.valueOf(ex.getMessage()));
		}
	}

	/** One filing from its draft to its automatic grant; a failure is counted and the client goes on. */
	private void automaticCycle(String applicant) {
		try {
			automaticCycles.cycle(applicant);
			if (counting) {
				automaticGrants.incrementAndGet();
			}
		}
		catch (RuntimeException ex) {
			if (counting) {
				failedAutomatic.incrementAndGet();
			}
			firstFailures.putIfAbsent("automatic " + (ex.getMessage() == null ? ex : ex.getMessage().split(":")[0]),
					String.valueOf(ex.getMessage()));
		}
	}

	/** The case opens when the platform has handled ApplicationSubmitted, after the submission's commit. */
	private void awaitCase(String staff, String number) {
		Instant giveUp = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(giveUp)) {
			HttpResponse<String> page = api.send("case page",
					api.get("/api/v1/staff/cases/" + number, staffTokens.get(staff)), 200, 404);
			if (page.statusCode() == 200) {
				return;
			}
			BundleCycles.pause();
		}
		throw new Api.Failed("case opened", 404, number + " did not open within 60 s");
	}

	/**
	 * A member of staff opens the queue of the step (when a new step starts) and the case, then acts; the answer
	 * names the step the case moved to.
	 */
	private void act(String staff, String number, String step, String action, Map<String, Object> body) {
		String token = staffTokens.get(staff);
		if (step != null) {
			api.send("task list", api.get("/api/v1/staff/tasks?step=" + step + "&sort=DUE", token), 200);
		}
		JsonNode page = Api.json(api.send("case page", api.get("/api/v1/staff/cases/" + number, token), 200));
		if (step != null && !step.equals(page.path("step").asText())) {
			throw new Api.Failed(action, 0, number + " is at " + page.path("step").asText() + ", not " + step);
		}
		api.send(action, api.post("/api/v1/staff/cases/" + number + "/" + action, token, body), 200);
	}

	private static Map<String, Object> answers() {
		return Map.ofEntries(Map.entry("legalRepIdNumber", "210202198503120311"), Map.entry("mobile", "13904110001"),
				Map.entry("agent", "NO"), Map.entry("premisesAddress", "D市中山区人民路88号"),
				Map.entry("premisesArea", "120"), Map.entry("diningArea", "60"), Map.entry("online", "NO"),
				Map.entry("businessForm", "CATERING_RESTAURANT"), Map.entry("items", List.of("HOT", "COLD")),
				Map.entry("vending", "NO"), Map.entry("safetyManager", "王小红"),
				Map.entry("safetyManagerMobile", "13912345678"), Map.entry("staffCount", "8"),
				Map.entry("truthful", "true"));
	}

	private String token(Map<String, String> credentials) {
		return Api.json(api.send("log-in", api.post("/api/v1/auth/login", null, credentials), 200)).get("token").asText();
	}

	/** A staff token; a code already used in its 30 s window is refused, so on refusal wait for the next one. */
	private String staffToken(String account, String secret) throws InterruptedException {
		for (int attempt = 0;; attempt++) {
			try {
				return token(Map.of("username", account, "password", PASSWORD, "otp",
						Totp.code(secret, Instant.now())));
			}
			catch (Api.Failed ex) {
				if (attempt == 2) {
					throw ex;
				}
				Thread.sleep(30_000 - Instant.now().toEpochMilli() % 30_000 + 500);
			}
		}
	}

	void print(Platform platform, BareEngine.Result bare) {
		double submitRate = submissions.get() / platform.seconds();
		double cycleRate = lifeCycles.get() / platform.seconds();
		StringBuilder table = new StringBuilder();
		table.append(String.format("%n| %-44s | %-56s |%n", "measure" + (options.label().isBlank() ? ""
				: " (" + options.label() + ")"), "value"));
		table.append(String.format("|%s|%s|%n", "-".repeat(46), "-".repeat(58)));
		row(table, options.applicantsOnly() ? "clients (applicants only, up to the submission)"
				: "clients (concurrent applicants = staff)", String.valueOf(options.clients()));
		row(table, "measured for", String.format("%.1f s after one warm-up cycle per client", platform.seconds()));
		if (options.applicantsOnly() && failedCycles.get() > 0) {
			row(table, "applications that failed", String.valueOf(failedCycles.get()));
		}
		row(table, "submissions/s (100 KB PDF ×2)",
				String.format("%.2f (%d submitted)", submitRate, submissions.get()));
		if (options.bundleClients() > 0) {
			row(table, "clients applying for the bundle 企业开办",
					options.bundleClients() + " of " + options.clients());
			row(table, "bundles/s (4 member cases each, HTTP)", String.format("%.2f (%d finished, %d failed)",
					bundles.get() / platform.seconds(), bundles.get(), failedBundles.get()));
		}
		if (options.automaticClients() > 0) {
			row(table, "clients filing for automatic approval (秒批)",
					options.automaticClients() + " of " + options.clients() + " (" + AutomaticCycles.MATTER + ")");
			row(table, "automatic grants/s (HTTP)", String.format("%.2f (%d granted, %d failed)",
					automaticGrants.get() / platform.seconds(), automaticGrants.get(), failedAutomatic.get()));
			Histogram toGrant = api.latency(AutomaticCycles.SUBMISSION_TO_GRANT);
			row(table, "submission → GRANTED p50 / p95 / p99 (ms)",
					String.format("%.1f / %.1f / %.1f (n=%d)", ms(toGrant, 50), ms(toGrant, 95), ms(toGrant, 99),
							toGrant.getTotalCount()));
			Histogram toSeen = api.latency(AutomaticCycles.SUBMISSION_TO_SEEN);
			row(table, "  … to the client's read of it (ms)",
					String.format("%.1f / %.1f / %.1f (n=%d)", ms(toSeen, 50), ms(toSeen, 95), ms(toSeen, 99),
							toSeen.getTotalCount()));
		}
		row(table, "full life cycles/s, platform (HTTP)", options.applicantsOnly() ? "not driven (applicants only)"
				: String.format("%.2f (%d granted, %d failed)", cycleRate, lifeCycles.get(), failedCycles.get()));
		if (bare != null && !options.applicantsOnly()) {
			row(table, "full life cycles/s, bare Flowable engine",
					String.format("%.2f (%d, %d failed, %.1f s)", bare.perSecond(), bare.lifeCycles(), bare.failed(),
							bare.seconds()));
			row(table, "platform / bare engine", String.format("%.2f", cycleRate / bare.perSecond()));
		}
		row(table, "PostgreSQL commits/s (pgbench, insert)", options.pgbench());
		for (String operation : REPORTED) {
			Histogram latency = api.latency(operation);
			row(table, operation + " p50 / p95 / p99 (ms)",
					String.format("%.1f / %.1f / %.1f (n=%d, errors %d)", ms(latency, 50), ms(latency, 95),
							ms(latency, 99), latency.getTotalCount(), api.errors(operation)));
		}
		for (int i = 0; i < platform.samplers().size(); i++) {
			String node = platform.samplers().size() == 1 ? "platform" : "node " + (i + 1);
			row(table, node + " heap (/actuator/prometheus)", platform.samplers().get(i).heap());
			row(table, node + " CPU (/actuator/prometheus)", platform.samplers().get(i).cpu());
		}
		double cores = platform.samplers().stream().mapToDouble(PlatformSampler::cores).sum();
		if (!options.applicantsOnly() && lifeCycles.get() > 0 && cores > 0) {
			row(table, "platform CPU per full life cycle (core-s)",
					String.format("%.3f (%.2f cores × %.0f s / %d)", cores * platform.seconds() / lifeCycles.get(),
							cores, platform.seconds(), lifeCycles.get()));
		}
		System.out.print(table);
		// Where a life cycle's time goes, for profiling: every other operation the clients timed.
		System.out.println("\nThe other operations, p50 / p95 / p99 (ms):");
		api.operations()
			.stream()
			.filter(operation -> !REPORTED.contains(operation)
					&& !AutomaticCycles.SUBMISSION_TO_GRANT.equals(operation)
					&& !AutomaticCycles.SUBMISSION_TO_SEEN.equals(operation))
			.sorted()
			.forEach(operation -> {
				Histogram latency = api.latency(operation);
				System.out.printf("  %-22s %7.1f / %7.1f / %7.1f (n=%d, errors %d)%n", operation, ms(latency, 50),
						ms(latency, 95), ms(latency, 99), latency.getTotalCount(), api.errors(operation));
			});
		if (!api.allErrors().isEmpty()) {
			System.out.println("\nErrors by operation: " + api.allErrors());
		}
		firstFailures.values().forEach(failure -> System.out.println("A failure: " + failure));
	}

	private static void row(StringBuilder table, String measure, String value) {
		table.append(String.format("| %-44s | %-56s |%n", measure, value));
	}

	private static double ms(Histogram latency, double percentile) {
		return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1e6;
	}

}
