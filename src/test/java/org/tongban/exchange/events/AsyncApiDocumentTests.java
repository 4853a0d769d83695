package org.tongban.exchange.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.tongban.application.CaseFiles;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.application.Corrections;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.approval.CaseFixtures;
import org.tongban.approval.Decision;
import org.tongban.identity.IdentityTest;
import org.tongban.licence.internal.LicenceFixtures;
import org.tongban.licence.internal.LicenceRecord;
import org.tongban.shared.events.EventType;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * R9.4: the AsyncAPI document in the repository ({@code docs/asyncapi.yaml}) is a valid
 * AsyncAPI 2.6.0 document (checked against the specification's own JSON Schema, from the
 * AsyncAPI Initiative's {@code @asyncapi/specs} 6.11.1, Apache License 2.0), has a
 * channel for every event type and no other, and every event the platform writes to its
 * outbox in a real case's life matches the payload the document promises.
 */
@IdentityTest
class AsyncApiDocumentTests {

	static final Path DOCUMENT = Path.of("docs/asyncapi.yaml");

	/**
	 * Where the document is known to the validator, so that its own references resolve.
	 */
	static final String DOCUMENT_URI = "https://tongban.example/asyncapi.json";

	static final String SPECIFICATION_URI = "http://asyncapi.com/definitions/2.6.0/asyncapi.json";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	CaseFixtures cases;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Corrections corrections;

	@Autowired
	LicenceFixtures licences;

	@Autowired
	EventOutbox outbox;

	@Test
	@DisplayName("R9.4: docs/asyncapi.yaml is valid AsyncAPI 2.6.0")
	void theDocumentIsValidAsyncApi() throws IOException {
		String specification = new ClassPathResource("asyncapi/asyncapi-2.6.0.schema.json")
			.getContentAsString(StandardCharsets.UTF_8);
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
				builder -> builder.schemas(Map.of(SPECIFICATION_URI, specification)));

		List<Error> errors = registry.getSchema(SchemaLocation.of(SPECIFICATION_URI))
			.validate(Files.readString(DOCUMENT), InputFormat.YAML);

		assertThat(errors).isEmpty();
	}

	@Test
	@DisplayName("R9.4: the document has a channel for every event type, named by its routing key, and no other")
	void everyEventTypeHasItsChannel() throws IOException {
		Set<String> channels = new TreeSet<>(document().path("channels").propertyNames());

		assertThat(channels).isEqualTo(Arrays.stream(EventType.values())
			.map(EventType::routingKey)
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	@Test
	@DisplayName("R9.4: every event of a case's life, as written to the outbox, matches the document's payload")
	void theEventsOfACasesLifeMatchTheDocumentsPayloads() throws IOException {
		var decided = cases.standard();
		cases.decideFromAcceptance(decided.number(), "SCJGJ", Decision.GRANT);
		var restaurant = food.restaurant();
		var corrected = caseFiles.byNumber(food.submit(restaurant).number()).orElseThrow();
		caseFiles.requestCorrection(corrected.id(),
				new CorrectionRequest(UUID.randomUUID(), "ACCEPTANCE", "SCJGJ",
						List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "staffCount", "从业人员人数与健康证数量不符")), "请一并补正",
						Instant.parse("2026-11-27T02:00:00Z")));
		corrections.correct(restaurant.enterprise(), corrected.number(), Map.of("staffCount", List.of("9")));
		corrections.resubmit(restaurant.enterprise(), corrected.number(), false);
		LicenceRecord licence = licences.issue(corrected.id(), corrected.number());
		licences.revoke(licence);
		List<OutboxEvent> written = new ArrayList<>(outbox.ofCase(decided.number()));
		written.addAll(outbox.ofCase(corrected.number()));

		assertThat(written).extracting(OutboxEvent::routingKey)
			.as("every event type, from a real case's life")
			.containsAll(Arrays.stream(EventType.values()).map(EventType::routingKey).toList());
		JsonNode document = document();
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
				builder -> builder.schemas(Map.of(DOCUMENT_URI, JSON.writeValueAsString(document))));
		for (OutboxEvent event : written) {
			String message = document.path("channels")
				.path(event.routingKey())
				.path("subscribe")
				.path("message")
				.path("$ref")
				.asString();
			var payload = registry.getSchema(SchemaLocation.of(DOCUMENT_URI + message + "/payload"));
			assertThat(payload.validate(event.payload(), InputFormat.JSON))
				.as("%s: %s", event.routingKey(), event.payload())
				.isEmpty();
		}
	}

	static JsonNode document() throws IOException {
		return YAMLMapper.builder().build().readTree(Files.readString(DOCUMENT));
	}

}
