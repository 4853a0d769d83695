package org.tongban.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The platform's HTTP API as the driver calls it: each call is timed into the histogram of its operation (when it
 * has one) and an answer other than the one expected fails the call with its status and body.
 */
final class Api {

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final String base;

	private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();

	private final Map<String, java.util.concurrent.atomic.LongAdder> errors = new ConcurrentHashMap<>();

	private volatile boolean measuring;

	Api(String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** Latencies before this are warm-up and not recorded. */
	void startMeasuring() {
		latencies.clear();
		errors.clear();
		measuring = true;
	}

	Histogram latency(String operation) {
		return latencies.computeIfAbsent(operation, name -> new ConcurrentHistogram(3_600_000_000_000L, 3));
	}

	java.util.Set<String> operations() {
		return latencies.keySet();
	}

	long errors(String operation) {
		var count = errors.get(operation);
		return count == null ? 0 : count.sum();
	}

	Map<String, java.util.concurrent.atomic.LongAdder> allErrors() {
		return errors;
	}

	static final class Failed extends RuntimeException {

		final int status;

		Failed(String operation, int status, String body) {
			super(operation + " answered " + status + ": " + (body.length() > 300 ? body.substring(0, 300) : body));
			this.status = status;
		}

	}

	HttpResponse<String> send(String operation, HttpRequest.Builder request, int... expected) {
		HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
		long start = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			count(operation);
			throw new Failed(operation, -1, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Failed(operation, -1, "interrupted");
		}
		long took = System.nanoTime() - start;
		for (int status : expected) {
			if (response.statusCode() == status) {
				if (measuring && operation != null) {
					latency(operation).recordValue(took);
				}
				return response;
			}
		}
		count(operation);
		throw new Failed(operation, response.statusCode(), response.body());
	}

	/** Times what spans several calls, e.g. from a submission to the grant it leads to. */
	void record(String operation, long nanos) {
		if (measuring) {
			latency(operation).recordValue(nanos);
		}
	}

	private void count(String operation) {
		if (measuring && operation != null) {
			errors.computeIfAbsent(operation, name -> new java.util.concurrent.atomic.LongAdder()).increment();
		}
	}

	HttpRequest.Builder get(String path, String token) {
		return authorized(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
	}

	HttpRequest.Builder post(String path, String token, Object body) {
		return authorized(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)), token);
	}

	HttpRequest.Builder put(String path, String token, Object body) {
		return authorized(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)), token);
	}

	HttpRequest.Builder patch(String path, String token, Object body) {
		return authorized(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)), token);
	}

	/** A multipart/form-data upload of one file with its text fields, as a browser or curl -F sends it. */
	HttpRequest.Builder upload(String path, String token, Map<String, String> fields, String fileName,
			byte[] content) {
		String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1024);
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return authorized(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token);
	}

	static JsonNode json(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not JSON: " + response.body(), ex);
		}
	}

	private static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
		request.header("Accept-Language", "en");
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

}
