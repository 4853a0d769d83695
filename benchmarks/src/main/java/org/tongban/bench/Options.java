package org.tongban.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command line of the driver and the baseline: {@code --name=value} pairs, each with a default. */
record Options(String url, int clients, Duration duration, String engineJdbcUrl, String dbUser, String dbPassword,
		int engineConnections, Path model, String pgbench, int pdfBytes, String label, String bare,
		boolean applicantsOnly, int bundleClients, int automaticClients, List<String> nodes) {

	static Options parse(String[] args) {
		Map<String, String> given = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
			}
			given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return new Options(given.getOrDefault("url", "http://localhost:8080"),
				Integer.parseInt(given.getOrDefault("clients", "8")),
				Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "60"))),
				given.getOrDefault("engine-db", "jdbc:postgresql://127.0.0.1:5432/tongban_bench_engine"),
				given.getOrDefault("db-user", "postgres"), given.getOrDefault("db-password", ""),
				// The platform's pool (Spring Boot's Hikari default) has 10 connections: the same for the engine.
				Integer.parseInt(given.getOrDefault("engine-connections", "10")),
				Path.of(given.getOrDefault("model", "src/main/resources/processes/approval-with-inspection.bpmn20.xml")),
				given.getOrDefault("pgbench", "not measured"),
				Integer.parseInt(given.getOrDefault("pdf-bytes", "102400")), given.getOrDefault("label", ""),
				// The result of a BareEngine run before the platform started (its last line), so that the idle
				// platform does not share the machine with the baseline.
				given.getOrDefault("bare", ""),
				// Clients that apply and stop at the submission (no staff work): the submit-latency target is
				// about concurrent applicants.
				Boolean.parseBoolean(given.getOrDefault("applicants-only", "false")),
				// Of the clients, how many apply for the bundle 企业开办一件事 instead of the food licence.
				Integer.parseInt(given.getOrDefault("bundle-clients", "0")),
				// Of the clients after those, how many file a project that the platform grants automatically
				// (issue 17, R5.6) instead of the food licence.
				Integer.parseInt(given.getOrDefault("automatic-clients", "0")),
				// Behind a load balancer (benchmarks/cluster.sh), the nodes' own addresses, comma-separated, whose
				// heap and CPU are read each; by default the one platform at the url.
				List.of(given.getOrDefault("nodes", given.getOrDefault("url", "http://localhost:8080")).split(",")));
	}

}
