package org.tongban.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The API's contract as other people's tools read it (R14.3): what is true of every
 * operation is said here once instead of on each controller. Every refusal is an RFC 9457
 * problem detail ({@link WebErrorHandling}), so each 4xx and 5xx answer of the document
 * has the {@code Problem} schema; an operation with input may answer 400, one with a path
 * parameter 404, and any may answer 503 while the database is out of reach
 * ({@link DatabaseOutageFilter}). What only some operations answer (409, 422, 429) their
 * controllers say. An operation's id, unless its {@code @Operation} names one, is its
 * controller's name without "Api" followed by its method's name, such as
 * {@code catalogMatters}: unique, and stable while the code keeps its names.
 */
@Configuration(proxyBeanMethods = false)
public class ApiContract {

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String PROBLEM = "#/components/schemas/Problem";

	/**
	 * Documents a refusal of the operation as a problem detail, unless the operation
	 * already describes that status in words of its own.
	 */
	public static void refusal(Operation operation, int status, String description) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		operation.getResponses()
			.computeIfAbsent(String.valueOf(status), code -> new ApiResponse().description(description))
			.setContent(problemContent());
	}

	@Bean
	OpenAPI apiDescription() {
		return new OpenAPI()
			.info(new Info().title("Tongban (通办) API")
				.version("v1")
				.description("Online administrative approval: the catalogue, applying and following an application, "
						+ "and the departments' case work. Texts follow `Accept-Language` (Chinese unless `en` is "
						+ "asked for); every refusal is an RFC 9457 problem detail."))
			.servers(List.of(new Server().url("/").description("The platform that serves this document")));
	}

	@Bean
	OperationCustomizer operationIds() {
		return (operation, handler) -> {
			var annotation = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
			if (annotation == null || annotation.operationId().isEmpty()) {
				String controller = handler.getBeanType().getSimpleName().replaceFirst("Api$", "");
				operation.setOperationId(
						StringUtils.uncapitalize(controller) + StringUtils.capitalize(handler.getMethod().getName()));
			}
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer problemDetails() {
		return api -> {
			api.getComponents().addSchemas("Problem", problemSchema());
			api.getPaths().values().forEach(path -> path.readOperations().forEach(ApiContract::refusals));
		};
	}

	private static void refusals(Operation operation) {
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		// A path parameter that is text and does not match its pattern finds no operation
		// (404); a number, a query
		// parameter, a header or a body can be missing or malformed (400).
		boolean input = operation.getRequestBody() != null || parameters.stream()
			.anyMatch(parameter -> !"path".equals(parameter.getIn()) || !isText(parameter.getSchema()));
		if (input) {
			refusal(operation, 400, "A parameter missing or malformed, or a body that cannot be read: `parameter` "
					+ "names the parameter");
		}
		if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
			refusal(operation, 404, "Nothing found at this address");
		}
		refusal(operation, 503, "The database is out of reach; nothing was done. `Retry-After` says when to try again");
		operation.getResponses().forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.setContent(problemContent());
			}
		});
	}

	private static boolean isText(Schema<?> schema) {
		return schema != null && (schema.getTypes() == null ? "string".equals(schema.getType())
				: schema.getTypes().contains("string"));
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)));
	}

	/**
	 * What {@link WebErrorHandling} and the modules' own problem handlers write: RFC
	 * 9457's members and the platform's extensions, each present only where it applies.
	 */
	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", text("A URI naming the kind of problem; `about:blank` when only the status does"));
		properties.put("title", text("The status in words"));
		properties.put("status", typed("integer", "The HTTP status"));
		properties.put("detail", text("What went wrong and what to do, for a person to read"));
		properties.put("instance", text("The path of the request"));
		properties.put("requestId", text("The request's id, as the logs and `X-Request-Id` give it"));
		properties.put("parameter", text("The parameter, header or field that was wrong (400, 422)"));
		properties.put("parameters",
				typed("array", "The parameters that were wrong, when several were (400)").items(text(null)));
		properties.put("errors",
				typed("object", "Each field (or `material.<code>`, or `file`) and its message " + "(400, 422)")
					.additionalProperties(text(null)));
		properties.put("moreErrors", typed("integer", "How many fields with errors `errors` leaves out"));
		properties.put("formErrors", typed("array", "Problems of the whole form (422)").items(text(null)));
		properties.put("stops",
				typed("array", "Why the application cannot be accepted at all (422)").items(text(null)));
		properties.put("unchanged",
				typed("array",
						"The items of a correction notice still as they were (409): "
								+ "`kind`, `code`, `name` and `problem` of each")
					.items(typed("object", null).additionalProperties(text(null))));
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", "about:blank");
		example.put("title", "Unprocessable Content");
		example.put("status", 422);
		example.put("detail", "2 answers are missing or invalid.");
		example.put("instance", "/api/v1/drafts/0b7e5c1e-3f4a-4f5e-9d1c-2a6b8c9d0e1f");
		example.put("errors", Map.of("mobile", "Enter a mobile number of 11 digits"));
		example.put("stops", List.of());
		example.put("requestId", "5f2c8e1a9b3d4c7e");
		return typed("object", "An RFC 9457 problem detail, in the reader's language").properties(properties)
			.required(List.of("title", "status"))
			.examples(List.of(example));
	}

	private static Schema<?> text(String description) {
		return typed("string", description);
	}

	private static Schema<?> typed(String type, String description) {
		return new JsonSchema().types(Set.of(type)).description(description);
	}

}
