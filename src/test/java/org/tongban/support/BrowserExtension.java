package org.tongban.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Starts one Chromium per test method and hands it to the test as a {@link Browser}. */
class BrowserExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback {

	static final Path CHROMIUM = Path.of(System.getProperty("tongban.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("tongban.chromedriver", "/usr/bin/chromedriver"));

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (installed) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		if (RequiredSuites.browser()) {
			throw new IllegalStateException("The browser suite is switched on but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: install Debian's chromium and chromium-driver (.ci/run does)");
		}
		return ConditionEvaluationResult.disabled("Chromium is not installed; browser tests skipped");
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Environment environment = SpringExtension.getApplicationContext(context).getEnvironment();
		String baseUrl = "http://localhost:" + environment.getProperty("local.server.port");
		Browser browser = Browser.start(CHROMIUM, CHROMEDRIVER, baseUrl);
		context.getStore(NAMESPACE).put(Browser.class, browser);
		return browser;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

}
