package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 item 9 (R1.4): registration refused {@code aaaaaaaaaaaaaaaa} and the published
 * demo password no more than a good one. Now repeated characters, runs of the alphabet,
 * the digits or the keyboard, and the words of the platform and its city are refused,
 * with a message that says why, in Chinese and in English.
 */
@IdentityTest
class WeakPasswordsTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@DisplayName("R1.4: a registration with a predictable password is refused next to the password, saying why")
	@CsvSource(delimiter = '|',
			value = { "aaaaaaaaaaaaaaaa | 密码不能只由重复的字符 | The password cannot be only a repeated character",
					"abcabcabcabc     | 密码不能只由重复的字符 | The password cannot be only a repeated character",
					"12345678901      | 密码不能只由连续的字母、数字或键盘上相邻的键组成 | The password cannot be only a run",
					"abcdefghijk      | 密码不能只由连续的字母、数字或键盘上相邻的键组成 | The password cannot be only a run",
					"wertyuiop        | 密码不能只由连续的字母、数字或键盘上相邻的键组成 | The password cannot be only a run",
					"Tongban#2026     | 这个密码太常见 | This password is too common",
					"zwfw@2026!       | 这个密码太常见 | This password is too common" })
	void aPredictablePasswordIsRefused(String password, String chinese, String english) {
		JsonNode zh = PasswordLogInApiTests.json(register(password, "zh-CN"));
		JsonNode en = PasswordLogInApiTests.json(register(password, "en"));

		assertThat(zh.at("/errors/password").asString()).startsWith(chinese);
		assertThat(en.at("/errors/password").asString()).startsWith(english);
	}

	private MvcTestResult register(String password, String language) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "孙浩然");
		body.put("residentId", "210211200501180915");
		body.put("mobile", TestAccounts.mobile().value());
		body.put("smsCode", "000000");
		body.put("password", password);
		body.put("passwordConfirmation", password);
		body.put("acceptTerms", true);
		MvcTestResult refused = mvc.post()
			.uri("/api/v1/auth/register/person")
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(PasswordLogInApiTests.JSON.writeValueAsString(body))
			.with(request -> {
				request.setRemoteAddr(TestAccounts.clientAddress());
				return request;
			})
			.exchange();
		assertThat(refused).hasStatus(422);
		return refused;
	}

}
