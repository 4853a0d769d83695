package org.tongban.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * R13: the platform speaks Chinese by default and English on request, so every text of a
 * bundle exists in both languages. The one exception is the SMS signature, which stays
 * Chinese in every language (the carrier registers it). English says one thing one way:
 * "sign in" and "sign out", as GOV.UK does (issue 13 item 8).
 */
class MessageBundlesTests {

	/** Keys that are deliberately written once, in the Chinese bundle. */
	static final Map<String, Set<String>> CHINESE_ONLY = Map.of("notification", Set.of("notification.sms.signature"));

	static Stream<String> bundles() throws IOException {
		Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties");
		return Stream.of(english).map(resource -> resource.getFilename().replace("_en.properties", "")).sorted();
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyTextIsInChineseAndInEnglish(String bundle) throws IOException {
		Set<String> chinese = keys("i18n/" + bundle + ".properties");
		Set<String> english = keys("i18n/" + bundle + "_en.properties");
		english.addAll(CHINESE_ONLY.getOrDefault(bundle, Set.of()));

		assertThat(chinese).as("keys of %s", bundle).isNotEmpty().isEqualTo(english);
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void englishSaysSignInAndSignOutNeverLogInOrLogOut(String bundle) throws IOException {
		Properties english = properties("i18n/" + bundle + "_en.properties");
		Pattern logIn = Pattern.compile("(?i)\\blog(ged|ging)?[ -](in|out)s?\\b");

		assertThat(english.stringPropertyNames()).as("texts of %s", bundle)
			.filteredOn(key -> logIn.matcher(english.getProperty(key)).find())
			.isEmpty();
	}

	private static Set<String> keys(String path) throws IOException {
		return new TreeSet<>(properties(path).stringPropertyNames());
	}

	private static Properties properties(String path) throws IOException {
		var properties = new Properties();
		Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + path);
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
