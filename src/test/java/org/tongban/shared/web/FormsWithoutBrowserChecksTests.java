package org.tongban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * R3.1, R13.1: every form of the platform carries {@code novalidate}, so that the
 * browser's own bubbles ("Please fill in this field", in the browser's language) never
 * stand in for the platform's messages next to the field. The {@code required},
 * {@code pattern} and {@code type} attributes stay, for assistive technology and phone
 * keyboards.
 */
class FormsWithoutBrowserChecksTests {

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>");

	@Test
	void everyFormOfEveryTemplateLeavesTheChecksToTheServer() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
		List<String> forms = new ArrayList<>();
		List<String> checkedByTheBrowser = new ArrayList<>();
		for (Resource template : templates) {
			Matcher form = FORM.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (form.find()) {
				forms.add(form.group());
				if (!form.group().contains(" novalidate")) {
					checkedByTheBrowser.add(template.getFilename() + ": " + form.group());
				}
			}
		}

		assertThat(forms).as("the templates were read").hasSizeGreaterThan(30);
		assertThat(checkedByTheBrowser).isEmpty();
	}

}
