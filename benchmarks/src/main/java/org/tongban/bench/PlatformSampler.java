package org.tongban.bench;

import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The platform's heap and CPU while the load runs, read once a second from its own {@code /actuator/prometheus}
 * (public, like health): heap = the sum of {@code jvm_memory_used_bytes{area="heap"}} over the pools; CPU = the
 * growth of {@code process_cpu_time_ns_total} over the wall time, in cores (1.0 = one core busy), or where that
 * counter is missing the mean of {@code process_cpu_usage} × the platform's {@code system_cpu_count}.
 */
final class PlatformSampler {

	private final Api api;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "platform-sampler");
		thread.setDaemon(true);
		return thread;
	});

	private double maxHeap;

	private double heapSum;

	private double heapMax = -1;

	private int samples;

	private double cpuUsageSum;

	private double cpuCount = 1;

	private double firstCpuNanos = -1;

	private double lastCpuNanos = -1;

	private long firstAt;

	private long lastAt;

	PlatformSampler(Api api) {
		this.api = api;
	}

	void start() {
		timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
	}

	void stop() {
		timer.shutdown();
		try {
			timer.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		sample();
	}

	private synchronized void sample() {
		HttpResponse<String> response;
		try {
			response = api.send(null, api.get("/actuator/prometheus", null), 200);
		}
		catch (RuntimeException ex) {
			return;
		}
		double heap = 0;
		double heapLimit = 0;
		double cpuNanos = -1;
		double cpuUsage = -1;
		for (String line : response.body().split("\n")) {
			if (line.startsWith("#")) {
				continue;
			}
			double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
				heap += value;
			}
			else if (line.startsWith("jvm_memory_max_bytes{") && line.contains("area=\"heap\"") && value > 0) {
				heapLimit += value;
			}
			else if (line.startsWith("process_cpu_time_ns_total")) {
				cpuNanos = value;
			}
			else if (line.startsWith("process_cpu_usage")) {
				cpuUsage = value;
			}
			else if (line.startsWith("system_cpu_count")) {
				cpuCount = value;
			}
		}
		long now = System.nanoTime();
		maxHeap = Math.max(maxHeap, heap);
		heapSum += heap;
		heapMax = heapLimit;
		samples++;
		if (cpuUsage >= 0) {
			cpuUsageSum += cpuUsage;
		}
		if (cpuNanos >= 0) {
			if (firstCpuNanos < 0) {
				firstCpuNanos = cpuNanos;
				firstAt = now;
			}
			lastCpuNanos = cpuNanos;
			lastAt = now;
		}
	}

	synchronized String heap() {
		if (samples == 0) {
			return "not read (no /actuator/prometheus)";
		}
		return String.format("mean %.0f MB, peak %.0f MB of max %s", heapSum / samples / 1e6, maxHeap / 1e6,
				heapMax > 0 ? String.format("%.0f MB", heapMax / 1e6) : "?");
	}

	/** The cores busy on average over the window, 0 when not read. */
	synchronized double cores() {
		if (samples == 0) {
			return 0;
		}
		return lastAt > firstAt ? (lastCpuNanos - firstCpuNanos) / (lastAt - firstAt) : cpuUsageSum / samples * cpuCount;
	}

	synchronized String cpu() {
		if (samples == 0) {
			return "not read";
		}
		return String.format("%.2f cores (%s)", cores(), lastAt > firstAt ? "process CPU time / wall time"
				: String.format("mean process_cpu_usage × %d CPUs", (int) cpuCount));
	}

}
