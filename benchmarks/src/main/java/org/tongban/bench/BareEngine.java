package org.tongban.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The baseline (issue 6): the platform's own BPMN model driven through Flowable's Java API alone, on PostgreSQL, no
 * HTTP and no platform code. Each client runs whole life cycles: start with the variables the platform sets
 * ({@code CaseEvents}), then claim and complete acceptance → initial review → inspection → re-review → decision
 * with the route each of the platform's actions sets (ACCEPT, FORWARD, FORWARD, FORWARD, GRANT).
 */
public final class BareEngine {

	/** The user tasks of approval-with-inspection in order, with the route that moves the case on. */
	private static final List<Map.Entry<String, String>> STEPS = List.of(Map.entry("acceptance", "ACCEPT"),
			Map.entry("initialReview", "FORWARD"), Map.entry("inspection", "FORWARD"), Map.entry("reReview", "FORWARD"),
			Map.entry("decision", "GRANT"));

	private static final String PROCESS = "approval-with-inspection";

	private final ProcessEngine engine;

	BareEngine(String jdbcUrl, String user, String password, int connections, Path model) throws Exception {
		ProcessEngineConfiguration configuration = ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration()
			.setJdbcUrl(jdbcUrl)
			.setJdbcDriver("org.postgresql.Driver")
			.setJdbcUsername(user)
			.setJdbcPassword(password)
			.setJdbcMaxActiveConnections(connections)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			// The platform's async executor only fires the acceptance deadline timer, which no life cycle here
			// reaches (it is set days ahead), so leaving it off does not spare the baseline any work.
			.setAsyncExecutorActivate(false);
		engine = configuration.buildProcessEngine();
		engine.getRepositoryService()
			.createDeployment()
			.name("bench")
			.addBytes(PROCESS + ".bpmn20.xml", Files.readAllBytes(model))
			.enableDuplicateFiltering()
			.deploy();
	}

	/** One whole life cycle, as one client of the platform would take a case through it. */
	void lifeCycle() {
		String number = "BENCH" + UUID.randomUUID();
		String processInstanceId = engine.getRuntimeService()
			.createProcessInstanceBuilder()
			.processDefinitionKey(PROCESS)
			.businessKey(number)
			.variables(Map.of("caseId", UUID.randomUUID().toString(), "number", number, "departmentCode", "SCJGJ",
					"matterCode", "SCJGJ-SPJYXK", "acceptanceDeadline",
					Date.from(Instant.now().plus(Duration.ofDays(7)))))
			.start()
			.getProcessInstanceId();
		for (Map.Entry<String, String> step : STEPS) {
			Task task = engine.getTaskService()
				.createTaskQuery()
				.processInstanceId(processInstanceId)
				.taskDefinitionKey(step.getKey())
				.singleResult();
			if (task == null) {
				throw new IllegalStateException(number + " has no task " + step.getKey());
			}
			engine.getTaskService().claim(task.getId(), "bench");
			engine.getTaskService().complete(task.getId(), Map.of("route", step.getValue()));
		}
		if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() != 0) {
			throw new IllegalStateException(number + " did not end");
		}
	}

	/** Life cycles per second of {@code clients} threads over {@code duration}, after one cycle each to warm up. */
	Result run(int clients, Duration duration) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		Instant[] window = new Instant[2];
		Runnable client = () -> {
			lifeCycle();
			synchronized (window) {
				if (window[0] == null) {
					window[0] = Instant.now();
					window[1] = window[0].plus(duration);
				}
			}
			while (Instant.now().isBefore(window[1])) {
				try {
					lifeCycle();
					done.incrementAndGet();
				}
				catch (RuntimeException ex) {
					failed.incrementAndGet();
				}
			}
		};
		List<Thread> threads = new java.util.ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(client, "bare-engine-" + i);
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = Duration.between(window[0], Instant.now()).toMillis() / 1000.0;
		return new Result(done.get(), failed.get(), seconds);
	}

	void close() {
		engine.close();
	}

	record Result(long lifeCycles, long failed, double seconds) {

		static Result parse(String line) {
			String[] parts = line.split(",");
			return new Result(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Double.parseDouble(parts[2]));
		}

		double perSecond() {
			return lifeCycles / seconds;
		}

	}

	/** Options as {@link LoadDriver}'s ({@code --engine-db --clients --seconds --model}): prints life cycles per second. */
	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		BareEngine bare = new BareEngine(options.engineJdbcUrl(), options.dbUser(), options.dbPassword(),
				options.engineConnections(), options.model());
		try {
			Result result = bare.run(options.clients(), options.duration());
			System.out.printf("bare engine: %d life cycles in %.1f s = %.2f/s, %d failed%n", result.lifeCycles(),
					result.seconds(), result.perSecond(), result.failed());
			// The line LoadDriver takes as --bare=…
			System.out.println(result.lifeCycles() + "," + result.failed() + "," + result.seconds());
		}
		finally {
			bare.close();
		}
	}

}
