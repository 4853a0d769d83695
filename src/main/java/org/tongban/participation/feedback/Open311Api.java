package org.tongban.participation.feedback;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.participation.feedback.Feedback.Channel;
import org.tongban.participation.feedback.Feedback.Kind;
import org.tongban.participation.feedback.Feedback.Subject;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/), so that 12345-style and
 * Open311 clients file and follow feedback (R10.1), in JSON and XML alike:
 * <ul>
 * <li>{@code GET /open311/v2/services.json}: one service per kind and department, e.g.
 * {@code COMPLAINT-SCJGJ}, its department the group and its kind the keyword; no service
 * has metadata (attributes), so there is no service definition to ask for;</li>
 * <li>{@code POST /open311/v2/requests.json} (form-encoded): files it with
 * {@code service_code}, {@code description}, {@code first_name} and/or {@code last_name},
 * and {@code phone} and/or {@code email}; the answer gives the tracking number as
 * {@code service_request_id} and the query code in {@code service_notice}. Filing needs
 * no {@code api_key}, as the {@code /feedback} page needs no log-in: a key given is
 * ignored, and the filings of an address are limited (R12.4). A location is not needed
 * and not kept ({@code lat}, {@code long}, {@code address_string} are ignored): feedback
 * is about a department, not a place;</li>
 * <li>{@code GET /open311/v2/requests.json} by {@code service_request_id} (a comma list),
 * {@code service_code}, {@code start_date}, {@code end_date} (W3C date-times) and
 * {@code status} ({@code open}, {@code closed}); without dates the last 90 days, at most
 * {@value #MAX_REQUESTS} requests;</li>
 * <li>{@code GET /open311/v2/requests/{id}.json}: one.</li>
 * </ul>
 * What anybody may read is the service, the status, the dates, the department and its
 * answer ({@code status_notes}): never the filer's text, name or contact. {@code open} is
 * awaiting the department's answer; {@code closed} is answered. Errors are the
 * specification's list, {@code [{"code":400,"description":"..."}]}.
 */
@RestController
class Open311Api {

	static final int MAX_REQUESTS = 200;

	private static final Duration DEFAULT_PERIOD = Duration.ofDays(90);

	/** The specification's names of the parameters the filing names in its own words. */
	private static final Map<String, String> PARAMETERS = Map.of("serviceCode", "service_code", "text", "description",
			"name", "last_name", "mobile", "phone");

	private static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);

	private final Feedbacks feedbacks;

	private final MatterCatalog catalog;

	private final MessageSource messages;

	private final Clock clock;

	Open311Api(Feedbacks feedbacks, MatterCatalog catalog, MessageSource messages, Clock clock) {
		this.feedbacks = feedbacks;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/open311/v2/services.{format:json|xml}")
	ResponseEntity<?> services(@PathVariable String format, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		List<Map<String, Object>> services = new ArrayList<>();
		for (Department department : catalog.departments()) {
			for (Kind kind : Kind.values()) {
				Map<String, Object> service = new LinkedHashMap<>();
				String kindName = text("feedback.kind." + kind, locale);
				service.put("service_code", kind + "-" + department.code());
				service.put("service_name", kindName + " — " + department.name().in(locale));
				service.put("description",
						text("feedback.open311.service." + kind, locale, department.name().in(locale)));
				service.put("metadata", false);
				service.put("type", "realtime");
				service.put("keywords", kindName);
				service.put("group", department.name().in(locale));
				services.add(service);
			}
		}
		return answer(format, HttpStatus.OK, "services", "service", services);
	}

	@PostMapping("/open311/v2/requests.{format:json|xml}")
	ResponseEntity<?> file(@PathVariable String format,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(required = false) String description,
			@RequestParam(name = "first_name", required = false) String firstName,
			@RequestParam(name = "last_name", required = false) String lastName,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		Service service = service(serviceCode);
		String name = (blankToEmpty(lastName) + blankToEmpty(firstName)).strip();
		Feedbacks.Filed filed = feedbacks.file(Optional.empty(), new Feedbacks.Filing(service.kind(),
				Subject.DEPARTMENT, null, service.department(), null, null, description, name, phone, email),
				Channel.OPEN311);
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("service_request_id", filed.number());
		created.put("service_notice",
				text("feedback.open311.notice", locale, filed.queryCode(), filed.dueOn().toString()));
		created.put("account_id", null);
		return answer(format, HttpStatus.CREATED, "service_requests", "request", List.of(created));
	}

	@GetMapping("/open311/v2/requests.{format:json|xml}")
	ResponseEntity<?> requests(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(required = false) String status, HttpServletRequest request) {
		List<String> numbers = ids == null ? List.of()
				: Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
		if (numbers.size() > MAX_REQUESTS) {
			throw new InvalidParameterException("service_request_id", "feedback.open311.tooMany", MAX_REQUESTS);
		}
		Service service = serviceCode == null || serviceCode.isBlank() ? null : service(serviceCode);
		Instant to = dateTime("end_date", endDate, clock.instant());
		Instant from = dateTime("start_date", startDate, numbers.isEmpty() ? to.minus(DEFAULT_PERIOD) : Instant.EPOCH);
		if (from.isAfter(to)) {
			throw new InvalidParameterException("start_date", "feedback.open311.period");
		}
		List<Feedback> found = feedbacks.filed(numbers, service == null ? null : service.kind(),
				service == null ? null : service.department(), from, to, open(status), MAX_REQUESTS);
		Locale locale = RequestContextUtils.getLocale(request);
		return answer(format, HttpStatus.OK, "service_requests", "request",
				found.stream().map(feedback -> publicView(feedback, locale)).toList());
	}

	@GetMapping("/open311/v2/requests/{id}.{format:json|xml}")
	ResponseEntity<?> request(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
		String number = id.strip().toUpperCase(Locale.ROOT);
		if (!Feedbacks.NUMBER.matcher(number).matches()) {
			throw new NotFoundException("feedback.notFound");
		}
		List<Feedback> found = feedbacks.filed(List.of(number), null, null, Instant.EPOCH, clock.instant(), null, 1);
		if (found.isEmpty()) {
			throw new NotFoundException("feedback.notFound");
		}
		return answer(format, HttpStatus.OK, "service_requests", "request",
				List.of(publicView(found.get(0), RequestContextUtils.getLocale(request))));
	}

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<?> invalid(InvalidParameterException refused, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		return error(request, HttpStatus.BAD_REQUEST, PARAMETERS.getOrDefault(refused.parameter(), refused.parameter())
				+ ": " + messages.getMessage(refused.messageCode(), refused.messageArgs(), locale), null);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<?> notFound(NotFoundException refused, HttpServletRequest request) {
		return error(request, HttpStatus.NOT_FOUND, messages.getMessage(refused.messageCode(), refused.messageArgs(),
				RequestContextUtils.getLocale(request)), null);
	}

	@ExceptionHandler(RefusedException.class)
	ResponseEntity<?> refused(RefusedException refused, HttpServletRequest request) {
		HttpStatus status = refused.refusal() == Refusal.TOO_MANY ? HttpStatus.TOO_MANY_REQUESTS
				: HttpStatus.BAD_REQUEST;
		return error(request, status,
				messages.getMessage(refused.messageCode(), refused.messageArgs(),
						RequestContextUtils.getLocale(request)),
				refused.retryAfter().map(wait -> Long.toString(wait.toSeconds())).orElse(null));
	}

	/** A service code, {@code KIND-DEPARTMENT}. */
	private record Service(Kind kind, String department) {
	}

	private Service service(String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidParameterException("serviceCode", "feedback.open311.serviceCode.missing");
		}
		String[] parts = code.strip().split("-", 2);
		Set<String> kinds = Arrays.stream(Kind.values()).map(Kind::name).collect(Collectors.toSet());
		if (parts.length != 2 || !kinds.contains(parts[0])
				|| catalog.departments().stream().noneMatch(department -> department.code().equals(parts[1]))) {
			throw new InvalidParameterException("serviceCode", "feedback.open311.serviceCode.unknown");
		}
		return new Service(Kind.valueOf(parts[0]), parts[1]);
	}

	private static Boolean open(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		Set<String> wanted = Arrays.stream(status.split(","))
			.map(each -> each.strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		if (!Set.of("open", "closed").containsAll(wanted)) {
			throw new InvalidParameterException("status", "feedback.open311.status");
		}
		return wanted.size() == 2 ? null : wanted.contains("open");
	}

	private static Instant dateTime(String parameter, String value, Instant otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException invalid) {
			throw new InvalidParameterException(parameter, "feedback.open311.dateTime");
		}
	}

	/** What anybody may read of a request: no text, no name, no contact. */
	private Map<String, Object> publicView(Feedback feedback, Locale locale) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("service_request_id", feedback.number());
		view.put("status", feedback.status().awaitsAnswer() ? "open" : "closed");
		view.put("status_notes", feedback.answer());
		view.put("service_name", text("feedback.kind." + feedback.kind(), locale) + " — "
				+ catalog.department(feedback.departmentCode()).name().in(locale));
		view.put("service_code", feedback.kind() + "-" + feedback.departmentCode());
		view.put("description", null);
		view.put("agency_responsible", catalog.department(feedback.departmentCode()).name().in(locale));
		view.put("service_notice", null);
		view.put("requested_datetime", dateTime(feedback.filedAt()));
		view.put("updated_datetime",
				dateTime(feedback.answeredAt() != null ? feedback.answeredAt() : feedback.filedAt()));
		view.put("expected_datetime", feedback.status().awaitsAnswer()
				? feedback.dueOn().atTime(23, 59, 59).atZone(clock.getZone()).toOffsetDateTime().toString() : null);
		view.put("address", null);
		view.put("address_id", null);
		view.put("zipcode", null);
		view.put("lat", null);
		view.put("long", null);
		view.put("media_url", null);
		return view;
	}

	private String dateTime(Instant instant) {
		return instant.atZone(clock.getZone()).toOffsetDateTime().withNano(0).toString();
	}

	private ResponseEntity<?> error(HttpServletRequest request, HttpStatus status, String description,
			String retryAfter) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
		ResponseEntity<?> answer = answer(format, status, "errors", "error", List.of(error));
		return retryAfter == null ? answer
				: ResponseEntity.status(status)
					.headers(answer.getHeaders())
					.header(HttpHeaders.RETRY_AFTER, retryAfter)
					.body(answer.getBody());
	}

	/**
	 * The list as JSON, or as the XML of the specification: the root, and an element for
	 * each.
	 */
	private static ResponseEntity<?> answer(String format, HttpStatus status, String root, String element,
			List<Map<String, Object>> items) {
		if ("json".equals(format)) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(items);
		}
		try {
			StringWriter text = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement(root);
			for (Map<String, Object> item : items) {
				xml.writeStartElement(element);
				for (Map.Entry<String, Object> field : item.entrySet()) {
					if (field.getValue() == null) {
						xml.writeEmptyElement(field.getKey());
					}
					else {
						xml.writeStartElement(field.getKey());
						xml.writeCharacters(String.valueOf(field.getValue()));
						xml.writeEndElement();
					}
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return ResponseEntity.status(status).contentType(XML).body(text.toString());
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String blankToEmpty(String value) {
		return value == null ? "" : value.strip();
	}

}
