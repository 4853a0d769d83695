package org.tongban.identity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.shared.identifiers.MobileNumber;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS a phone has received, read from the development outbox as a tester would
 * ({@code /api/v1/dev/outbox}).
 */
public final class SmsInbox {

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	public SmsInbox(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/** The six-digit code of the newest SMS to the phone, if it has received any. */
	public Optional<String> latestCode(MobileNumber phone) {
		return latest(phone).map(CODE::matcher).filter(Matcher::find).map(Matcher::group);
	}

	/** The text of the newest SMS to the phone, if it has received any. */
	public Optional<String> latest(MobileNumber phone) {
		JsonNode latest = JSON.readTree(mvc.get()
			.uri("/api/v1/dev/outbox?recipient={phone}&limit=1", phone.value())
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		return latest.isEmpty() ? Optional.empty() : Optional.of(latest.get(0).get("body").asString());
	}

	/** How many SMS the phone has received. */
	public int count(MobileNumber phone) {
		return JSON
			.readTree(mvc.get()
				.uri("/api/v1/dev/outbox?recipient={phone}&limit=100", phone.value())
				.exchange()
				.getResponse()
				.getContentAsByteArray())
			.size();
	}

}
