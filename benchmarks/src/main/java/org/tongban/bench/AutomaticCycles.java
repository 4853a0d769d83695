package org.tongban.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The automatic-approval mode of the load driver (issue 17, R5.6): the demo enterprise files an enterprise investment
 * project (FGW-QYTZXMBA) that meets every rule of its version (the registry has it as an active limited company, no
 * credit record, an investment within the filing range), and waits on its application's page until the platform
 * has granted it without a person. A cycle's time from sending the submission to reading {@code GRANTED} is the
 * latency of automatic approval ("submission to grant"); an application that comes to a person fails the cycle.
 */
final class AutomaticCycles {

	static final String MATTER = "FGW-QYTZXMBA";

	static final String SUBMISSION_TO_GRANT = "submission to grant";

	/** The same, to the client's first read of {@code GRANTED}: an upper bound, by up to one poll. */
	static final String SUBMISSION_TO_SEEN = "submission to seen granted";

	/** How often a client reads its application while it waits for the grant. */
	private static final Duration POLL_EVERY = Duration.ofMillis(200);

	/** What a small project's filing answers: 3,000 (10,000 yuan) is within the automatic filing range. */
	private static final Map<String, Object> ANSWERS = Map.ofEntries(Map.entry("projectName", "D市味之源中央厨房改造项目"),
			Map.entry("siteAddress", "D市中心区民生路58号"), Map.entry("industry", "G"),
			Map.entry("scale", "改造中央厨房一处，建筑面积约2000平方米"), Map.entry("totalInvestment", "3000"),
			Map.entry("plannedStart", "2027-03-01"), Map.entry("contactName", "张伟"),
			Map.entry("contactMobile", "13904110001"));

	private final Api api;

	private final byte[] material;

	AutomaticCycles(Api api, byte[] material) {
		this.api = api;
		this.material = material;
	}

	/** One filing from its draft to the automatic grant; answers its number. */
	String cycle(String applicant) {
		String id = Api.json(api.send("draft", api.post("/api/v1/drafts", applicant, Map.of("matterCode", MATTER)), 201))
			.get("id")
			.asText();
		api.send("save", api.put("/api/v1/drafts/" + id, applicant, Map.of("answers", ANSWERS)), 200);
		for (String code : List.of("M01", "M03")) {
			api.send("upload", api.upload("/api/v1/drafts/" + id + "/materials", applicant, Map.of("material", code),
					code + ".pdf", material), 200, 201);
		}
		var submit = api.post("/api/v1/drafts/" + id + "/submit", applicant, Map.of())
			.header("Idempotency-Key", UUID.randomUUID().toString());
		Instant sent = Instant.now();
		String number = Api.json(api.send("submit", submit, 201)).get("number").asText();
		Instant giveUp = sent.plusSeconds(60);
		while (Instant.now().isBefore(giveUp)) {
			JsonNode application = Api
				.json(api.send("application page", api.get("/api/v1/applications/" + number, applicant), 200));
			String status = application.path("status").asText();
			if ("GRANTED".equals(status)) {
				api.record(SUBMISSION_TO_GRANT, Duration.between(sent, grantedAt(application, number)).toNanos());
				api.record(SUBMISSION_TO_SEEN, Duration.between(sent, Instant.now()).toNanos());
				return number;
			}
			if (!"SUBMITTED".equals(status)) {
				throw new Api.Failed(SUBMISSION_TO_GRANT, 0, number + " is " + status + ", not granted automatically");
			}
			pause();
		}
		throw new Api.Failed(SUBMISSION_TO_GRANT, 0, number + " was not granted within 60 s");
	}

	/**
	 * When the platform granted, by its own clock (the same machine's): the timeline's step of the grant. The
	 * measure is then not the polling's resolution, and the polling can be slow enough not to load the platform.
	 */
	private static Instant grantedAt(JsonNode application, String number) {
		for (JsonNode step : application.path("timeline")) {
			if ("GRANTED".equals(step.path("step").asText())) {
				return Instant.parse(step.path("startedAt").asText());
			}
		}
		throw new Api.Failed(SUBMISSION_TO_GRANT, 0, number + " is granted without a step of the grant in its timeline");
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_EVERY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Api.Failed("wait", -1, "interrupted");
		}
	}

}
