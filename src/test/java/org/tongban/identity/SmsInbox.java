package org.tongban.identity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.shared.identifiers.MobileNumber;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS a phone has received, read from the development outbox as a tester would
 * ({@code /api/v1/dev/outbox}).
 */
public final class SmsInbox {

	/** Six digits on their own: not part of an application's number or a pick-up code. */
	private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

	/**
	 * How far back a code is looked for: notices of the person's other cases, sent after
	 * their own commits, may arrive after the code.
	 */
	private static final int RECENT = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	public SmsInbox(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/** The six-digit code of the newest SMS to the phone that has one, if any. */
	public Optional<String> latestCode(MobileNumber phone) {
		JsonNode recent = JSON.readTree(mvc.get()
			.uri("/api/v1/dev/outbox?recipient={phone}&limit={limit}", phone.value(), RECENT)
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		for (JsonNode sms : recent) {
			Matcher code = CODE.matcher(sms.get("body").asString());
			if (code.find()) {
				return Optional.of(code.group());
			}
		}
		return Optional.empty();
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

	/** The texts of the newest SMS to the phone, the newest first. */
	public List<String> recent(MobileNumber phone) {
		List<String> texts = new ArrayList<>();
		JSON.readTree(mvc.get()
			.uri("/api/v1/dev/outbox?recipient={phone}&limit={limit}", phone.value(), RECENT)
			.exchange()
			.getResponse()
			.getContentAsByteArray()).forEach(sms -> texts.add(sms.get("body").asString()));
		return texts;
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
