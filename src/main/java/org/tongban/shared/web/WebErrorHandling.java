package org.tongban.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;

/**
 * One place that turns every failure into an answer a person can act on: RFC 9457 problem
 * details ({@code application/problem+json}) for the API under {@code /api/}, a localized
 * error page for everything else. Messages come from the message bundles in the reader's
 * language; no stack trace ever leaves the server.
 */
@ControllerAdvice
class WebErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(WebErrorHandling.class);

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final MessageSource messages;

	WebErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.NOT_FOUND, message(ex.messageCode(), ex.messageArgs()), Map.of());
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object noSuchPath(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.NOT_FOUND, message("error.notFound.path"), Map.of());
	}

	@ExceptionHandler(InvalidParameterException.class)
	Object invalidParameter(InvalidParameterException ex, HttpServletRequest request, HttpServletResponse response) {
		return badParameter(request, response, ex.parameter(), message(ex.messageCode(), ex.messageArgs()));
	}

	@ExceptionHandler(RefusedException.class)
	Object refused(RefusedException ex, HttpServletRequest request, HttpServletResponse response) {
		RefusalStatus.write(ex, response);
		return answer(request, response, RefusalStatus.of(ex.refusal()), message(ex.messageCode(), ex.messageArgs()),
				Map.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		String expected = ex.getRequiredType() == null ? "" : ex.getRequiredType().getSimpleName();
		return badParameter(request, response, ex.getName(), message("error.parameter.format", ex.getName(),
				String.valueOf(ex.getValue()), message("error.type." + expected, new Object[0], expected)));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return badParameter(request, response, ex.getParameterName(),
				message("error.parameter.missing", ex.getParameterName()));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	Object missingPart(MissingServletRequestPartException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return badParameter(request, response, ex.getRequestPartName(),
				message("error.parameter.missing", ex.getRequestPartName()));
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	Object missingHeader(MissingRequestHeaderException ex, HttpServletRequest request, HttpServletResponse response) {
		return badParameter(request, response, ex.getHeaderName(), message("error.header.missing", ex.getHeaderName()));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidArguments(HandlerMethodValidationException ex, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach(error -> errors.putIfAbsent(name, message("error.parameter.invalid", name, resolve(error))));
		});
		if (errors.size() == 1) {
			var only = errors.entrySet().iterator().next();
			return badParameter(request, response, only.getKey(), only.getValue());
		}
		return answer(request, response, HttpStatus.BAD_REQUEST, String.join(" ", errors.values()),
				Map.of("parameters", List.copyOf(errors.keySet()), "errors", errors));
	}

	/**
	 * Also a {@link BindException} of a controller that checks a body field by field
	 * itself.
	 */
	@ExceptionHandler(BindException.class)
	Object invalidBody(BindException ex, HttpServletRequest request, HttpServletResponse response) {
		var errors = new FieldErrors();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(error.getField(), () -> resolve(error));
		}
		// An error of the whole body, such as a refusal of who sends it, says more than
		// the general message.
		String detail = ex.getBindingResult().hasGlobalErrors() ? resolve(ex.getBindingResult().getGlobalError())
				: message("error.body.invalid");
		Map<String, Object> properties = new LinkedHashMap<>();
		errors.addTo(properties);
		return answer(request, response, HttpStatus.UNPROCESSABLE_CONTENT, detail, properties);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(request, response, HttpStatus.BAD_REQUEST, message("error.body.unreadable"), Map.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, message("error.method", ex.getMethod()),
				Map.of());
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		// The client refused every type we could answer with: a bare status is all it can
		// take.
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				message("error.mediaType", String.valueOf(ex.getContentType())), Map.of());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, message("error.tooLarge"), Map.of());
	}

	/**
	 * The database cannot be reached or gave no connection in time (R14): nothing was
	 * done, and the caller may try again, so the answer is 503 with Retry-After rather
	 * than a failure of ours.
	 */
	private Object unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutageFilter.RETRY_AFTER_SECONDS);
		return answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, message("error.unavailable"), Map.of());
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (DatabaseOutageFilter.isOutage(ex)) {
			return unavailable(ex, request, response);
		}
		log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR,
				message("error.unexpected", MDC.get(RequestIdFilter.MDC_KEY)), Map.of());
	}

	private Object badParameter(HttpServletRequest request, HttpServletResponse response, String parameter,
			String detail) {
		return answer(request, response, HttpStatus.BAD_REQUEST, detail, Map.of("parameter", parameter));
	}

	private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			Map<String, Object> properties) {
		String title = message("error.status." + status.value(), new Object[0], status.getReasonPhrase());
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(title);
			problem.setInstance(URI.create(request.getRequestURI()));
			properties.forEach(problem::setProperty);
			String requestId = MDC.get(RequestIdFilter.MDC_KEY);
			if (requestId != null) {
				problem.setProperty("requestId", requestId);
			}
			return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
		}
		response.setStatus(status.value());
		var page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("title", title);
		page.addObject("detail", detail);
		page.addObject("requestId", MDC.get(RequestIdFilter.MDC_KEY));
		return page;
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

	private String resolve(MessageSourceResolvable error) {
		return messages.getMessage(error, locale());
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, LocalizedText.in(locale(), args), code, locale());
	}

	private String message(String code, Object[] args, String fallback) {
		return messages.getMessage(code, args, fallback, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
