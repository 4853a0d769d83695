package org.tongban.application.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongban.application.AnswerSource;
import org.tongban.catalog.FormAnswers;
import org.tongban.shared.crypto.FieldCipher;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers as the database keeps them: one JSON document sealed with the field cipher,
 * because they hold ID and phone numbers (R12.1). Their sources name no personal data and
 * stay readable.
 */
@Component
class SealedAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, List<String>>> ANSWERS = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, AnswerSource>> SOURCES = new TypeReference<>() {
	};

	private final FieldCipher cipher;

	SealedAnswers(FieldCipher cipher) {
		this.cipher = cipher;
	}

	String seal(FormAnswers answers) {
		return cipher.encrypt(JSON.writeValueAsString(answers.values()));
	}

	FormAnswers open(String sealed) {
		return new FormAnswers(JSON.readValue(cipher.decrypt(sealed), ANSWERS));
	}

	String seal(String secret) {
		return cipher.encrypt(secret);
	}

	String openSecret(String sealed) {
		return cipher.decrypt(sealed);
	}

	static String sources(Map<String, AnswerSource> sources) {
		return JSON.writeValueAsString(sources);
	}

	static Map<String, AnswerSource> sources(String json) {
		return JSON.readValue(json, SOURCES);
	}

}
