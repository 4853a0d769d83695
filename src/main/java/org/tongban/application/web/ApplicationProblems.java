package org.tongban.application.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tongban.application.ApplicationIncompleteException;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionUnchangedException;
import org.tongban.catalog.FormMessages;
import org.tongban.catalog.FormProblem;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.web.FieldErrors;
import org.tongban.shared.web.RequestIdFilter;
import org.tongban.storage.AttachmentRefusedException;

/**
 * The 422 problem details of the applicant API (R3.1, R3.3, R16.6), in the shape of every
 * other problem of the API ({@code org.tongban.shared.web.WebErrorHandling}):
 * {@code errors} maps each field (or {@code material.<code>}, or {@code file}) to its
 * message (bounded: {@link FieldErrors}), {@code formErrors} lists problems of the whole
 * form and {@code stops} the reasons why the application cannot be accepted at all; and
 * the 409 of a correction resubmitted with items of the notice unchanged,
 * {@code unchanged} naming them. Ordered first, so that it answers before the shared
 * error handling, which would answer a refused file as a bad parameter.
 */
@RestControllerAdvice(assignableTypes = { ApplicationApi.class, ApplicationMaterialsApi.class, CorrectionApi.class,
		BundleApplicationApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApplicationProblems {

	private final MessageSource messages;

	private final FormMessages formMessages;

	ApplicationProblems(MessageSource messages, FormMessages formMessages) {
		this.messages = messages;
		this.formMessages = formMessages;
	}

	@ExceptionHandler(ApplicationIncompleteException.class)
	ResponseEntity<ProblemDetail> incomplete(ApplicationIncompleteException ex, HttpServletRequest request,
			Locale locale) {
		var errors = new FieldErrors();
		ex.problems()
			.stream()
			.filter(problem -> problem.field() != null)
			.forEach(problem -> errors.add(problem.field(), () -> formMessages.message(problem, locale)));
		List<String> formErrors = messagesOf(ex.problems().stream().filter(problem -> problem.field() == null).toList(),
				locale);
		List<String> stops = messagesOf(ex.check().stops(), locale);
		Map<String, Object> properties = new LinkedHashMap<>();
		errors.addTo(properties);
		if (!formErrors.isEmpty()) {
			properties.put("formErrors", formErrors);
		}
		properties.put("stops", stops);
		return unprocessable(request, locale,
				stops.isEmpty()
						? messages.getMessage("application.incomplete", new Object[] { ex.problems().size() }, locale)
						: String.join(" ", stops),
				properties);
	}

	/**
	 * The file is empty, too large, of a type not allowed, corrupt or an archive bomb:
	 * the storage says which.
	 */
	@ExceptionHandler(AttachmentRefusedException.class)
	ResponseEntity<ProblemDetail> refusedFile(AttachmentRefusedException ex, HttpServletRequest request,
			Locale locale) {
		String message = messages.getMessage(ex.messageCode(), LocalizedText.in(locale, ex.messageArgs()), locale);
		return unprocessable(request, locale, message,
				Map.of("parameter", ex.parameter(), "errors", Map.of(ex.parameter(), message)));
	}

	/**
	 * Items of the correction notice still as they were: named, to change or to confirm
	 * (R4.2).
	 */
	@ExceptionHandler(CorrectionUnchangedException.class)
	ResponseEntity<ProblemDetail> unchanged(CorrectionUnchangedException ex, HttpServletRequest request,
			Locale locale) {
		List<Map<String, String>> items = new ArrayList<>();
		for (int i = 0; i < ex.unchanged().size(); i++) {
			CorrectionItem item = ex.unchanged().get(i);
			items.add(Map.of("kind", item.kind().name(), "code", item.code(), "name", ex.names().get(i).in(locale),
					"problem", item.problem()));
		}
		String names = items.stream().map(item -> item.get("name")).collect(Collectors.joining("、"));
		return problem(HttpStatus.CONFLICT, request, locale,
				messages.getMessage("application.correction.unchanged", new Object[] { items.size(), names }, locale),
				Map.of("unchanged", items));
	}

	private ResponseEntity<ProblemDetail> unprocessable(HttpServletRequest request, Locale locale, String detail,
			Map<String, Object> properties) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, request, locale, detail, properties);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, HttpServletRequest request, Locale locale,
			String detail, Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage("error.status." + status.value(), null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		properties.forEach(problem::setProperty);
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private List<String> messagesOf(List<FormProblem> problems, Locale locale) {
		return problems.stream().map(problem -> formMessages.message(problem, locale)).toList();
	}

}
