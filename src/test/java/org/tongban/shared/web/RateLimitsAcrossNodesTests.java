package org.tongban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongban.TongbanApplication;
import org.tongban.support.TestClock;

/**
 * R12.4, R14.1: two nodes of the platform on one database, as behind the load balancer,
 * share the per-minute limits: requests of one client address spread over both are
 * refused beyond the limit of the platform, not beyond twice it.
 */
class RateLimitsAcrossNodesTests {

	private static final int QUERIES_PER_MINUTE = 5;

	/** The one time of both nodes. */
	static final TestClock clock = TestClock.atDemoDay();

	static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	final HttpClient http = HttpClient.newHttpClient();

	/**
	 * Two nodes on one database: the suite's PostgreSQL when the build points the tests
	 * at it, otherwise an in-memory H2 of their own, which H2 drops with the last
	 * connection.
	 */
	@BeforeAll
	static void startTwoNodes() {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--tongban.limits.scope=two-nodes",
				"--tongban.application.query-per-minute=" + QUERIES_PER_MINUTE));
		if (System.getProperty("spring.datasource.url") == null) {
			arguments.add("--spring.datasource.url=jdbc:h2:mem:two-nodes-" + UUID.randomUUID()
					+ ";DEFAULT_NULL_ORDERING=HIGH");
		}
		for (int node = 0; node < 2; node++) {
			nodes.add(new SpringApplicationBuilder(TongbanApplication.class)
				.initializers(context -> ((BeanDefinitionRegistry) context.getBeanFactory())
					.registerBeanDefinition("testClock", theClock()))
				.run(arguments.toArray(String[]::new)));
		}
	}

	private static RootBeanDefinition theClock() {
		RootBeanDefinition definition = new RootBeanDefinition(Clock.class, () -> clock);
		definition.setPrimary(true);
		return definition;
	}

	@AfterAll
	static void stopTheNodes() {
		nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void queriesSpreadOverTwoNodesAreRefusedBeyondTheLimitOfThePlatform_R12_4() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int request = 0; request < 4 * QUERIES_PER_MINUTE; request++) {
			statuses.add(query(nodes.get(request % 2)).statusCode());
		}

		assertThat(statuses.subList(0, QUERIES_PER_MINUTE)).as("within the limit, on both nodes")
			.allSatisfy(status -> assertThat(status).isNotEqualTo(429));
		assertThat(statuses.subList(QUERIES_PER_MINUTE, statuses.size())).as("beyond it, on both nodes")
			.containsOnly(429);
		assertThat(query(nodes.get(0)).headers().firstValue("Retry-After")).hasValue("60");

		clock.advance(Duration.ofMinutes(1));

		assertThat(query(nodes.get(1)).statusCode()).as("the next minute").isNotEqualTo(429);
		assertThat(query(nodes.get(0)).statusCode()).isNotEqualTo(429);
	}

	@Test
	void eachNodeDeletesThePassedMinutesOfBoth_R12_4() throws Exception {
		clock.advance(Duration.ofMinutes(5));
		query(nodes.get(0));
		clock.advance(Duration.ofMinutes(1));

		assertThat(nodes.get(1).getBean(RateLimits.class).forgetPassedMinutes()).isOne();
		assertThat(nodes.get(0).getBean(RateLimits.class).forgetPassedMinutes()).isZero();
	}

	private HttpResponse<String> query(ConfigurableApplicationContext node) throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/query?number=TB0000000000&code=000000"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
