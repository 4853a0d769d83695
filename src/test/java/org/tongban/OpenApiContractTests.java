package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's contract as other people's tools read it (R14.3): {@code /v3/api-docs} is
 * written to {@code target/openapi.json}, which {@code .ci/run} lints with Redocly's
 * recommended rules after the build; the properties a client relies on most are checked
 * here too, so that the build fails on them even without npm.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTests {

	static final Path DOCUMENT = Path.of("target", "openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	@Autowired
	MockMvcTester mvc;

	JsonNode api;

	@BeforeAll
	void document() throws IOException {
		MvcTestResult answer = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(answer).hasStatusOk();
		String document = answer.getResponse().getContentAsString();
		Files.createDirectories(DOCUMENT.getParent());
		Files.writeString(DOCUMENT, document);
		api = JSON.readTree(document);
	}

	@Test
	void everyOperationHasAUniqueIdAndASummary() {
		Set<String> ids = new HashSet<>();
		for (Operation operation : operations()) {
			assertThat(operation.body().path("summary").asString("")).as(operation.name()).isNotBlank();
			String id = operation.body().path("operationId").asString("");
			assertThat(id).as(operation.name()).matches("[a-z][A-Za-z0-9]*");
			assertThat(ids.add(id)).as("%s: operationId %s is unique", operation.name(), id).isTrue();
		}
	}

	@Test
	void everyOperationDeclaresItsSecurity() {
		assertThat(api.at("/components/securitySchemes/bearer/scheme").asString("")).isEqualTo("bearer");
		for (Operation operation : operations()) {
			JsonNode security = operation.body().path("security");
			assertThat(security.isArray()).as(operation.name()).isTrue();
			if (!security.isEmpty()) {
				// The data-exchange API takes the access tokens of its clients (R9.3).
				assertThat(security.get(0).has(operation.name().contains("/api/v1/exchange/") ? "exchange" : "bearer"))
					.as(operation.name())
					.isTrue();
				assertThat(operation.body().path("responses").has("401")).as(operation.name() + " answers 401")
					.isTrue();
			}
		}
		assertThat(api.at("/paths/~1api~1v1~1matters/get/security").isEmpty()).as("the catalogue is public").isTrue();
		assertThat(api.at("/paths/~1api~1v1~1auth~1login/post/security").isEmpty()).as("log-in is public").isTrue();
		assertThat(api.at("/paths/~1api~1v1~1query/get/security").isEmpty()).as("the public query").isTrue();
		assertThat(api.at("/paths/~1api~1v1~1drafts/post/security/0/bearer").isArray()).isTrue();
		assertThat(api.at("/paths/~1api~1v1~1auth~1logout/post/responses").has("403")).as("any account may log out")
			.isFalse();
	}

	@Test
	void everyRefusalIsAProblemDetail() {
		assertThat(api.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title", "status",
				"detail", "instance", "requestId", "parameter", "errors");
		for (Operation operation : operations()) {
			operation.body().path("responses").properties().forEach(response -> {
				if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
					assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asString(""))
						.as("%s answers %s", operation.name(), response.getKey())
						.isEqualTo("#/components/schemas/Problem");
				}
			});
		}
		assertThat(api.at("/paths/~1api~1v1~1drafts~1{id}~1submit/post/responses").propertyNames()).contains("400",
				"401", "403", "404", "409", "422", "429", "503");
	}

	@Test
	void theProblemSchemaNamesWhatTheApiReallyWrites() throws IOException {
		MvcTestResult refused = mvc.get().uri("/api/v1/query").exchange();
		assertThat(refused).hasStatus(400);
		Set<String> declared = new HashSet<>(api.at("/components/schemas/Problem/properties").propertyNames());
		assertThat(JSON.readTree(refused.getResponse().getContentAsString()).propertyNames()).isNotEmpty()
			.allSatisfy(member -> assertThat(declared).contains(member));
	}

	@Test
	void draftsAndApplicationsHaveDistinctPaths() {
		Set<String> shapes = new HashSet<>();
		api.path("paths").propertyNames().forEach(path -> {
			String shape = path.replaceAll("\\{[^}]+}", "{}");
			assertThat(shapes.add(shape)).as("%s differs from another path only by a parameter's name", path).isTrue();
		});
	}

	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
			if (METHODS.contains(method.getKey())) {
				operations.add(new Operation(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
			}
		}));
		assertThat(operations).hasSizeGreaterThan(50);
		return operations;
	}

	private record Operation(String name, JsonNode body) {
	}

}
