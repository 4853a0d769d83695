package org.tongban.supervision.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditEntry;
import org.tongban.supervision.audit.AuditLog;
import org.tongban.supervision.audit.AuditRow;
import org.tongban.supervision.audit.AuditSearch;

/**
 * The auditor's console of the audit trail (R8.4, MLPS level 3): a search by free text (a
 * case number or an account's log-in name), actor (an account id or log-in name), object,
 * action and days, newest first and a page at a time, and the same search as a CSV file
 * (UTF-8 with a byte order mark, so that spreadsheet programs read the Chinese text).
 * Every search and every export is itself recorded in the trail. Only auditors reach it
 * (the identity module's access rules).
 */
@Controller
@RequestMapping("/audit")
class AuditConsolePage {

	static final int PAGE_SIZE = 50;

	/** Beyond it a search is narrowed, not paged through. */
	static final int MAX_PAGE = 10_000;

	/**
	 * Kinds of objects and actions: {@code case}, {@code case.accept},
	 * {@code login.failure}.
	 */
	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]*");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final AuditLog log;

	private final Accounts accounts;

	private final Audit audit;

	private final Clock clock;

	private final MessageSource messages;

	AuditConsolePage(AuditLog log, Accounts accounts, Audit audit, Clock clock, MessageSource messages) {
		this.log = log;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping
	String search(@AuthenticationPrincipal Actor auditor, @ModelAttribute("search") AuditSearchForm form,
			BindingResult errors, Model model, HttpServletResponse response) {
		Optional<Criteria> criteria = read(form, errors);
		if (criteria.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "audit/search";
		}
		ResultPage<AuditRow> results = log.search(criteria.get().search(), criteria.get().paging());
		Set<UUID> actors = new HashSet<>();
		results.items().forEach(row -> Optional.ofNullable(row.entry().actorId()).ifPresent(actors::add));
		model.addAttribute("results", results.map(row -> new Shown(row, time(row.entry().time()))));
		model.addAttribute("accountNames", accounts.staffAccountNames(actors));
		model.addAttribute("exportQuery", criteria.get().query());
		audit.succeeded(auditor.audited(), "audit.search", "audit", "search", criteria.get().detail());
		return "audit/search";
	}

	@GetMapping("/export")
	String export(@AuthenticationPrincipal Actor auditor, @ModelAttribute("search") AuditSearchForm form,
			BindingResult errors, Model model, HttpServletResponse response, Locale locale) throws IOException {
		Optional<Criteria> criteria = read(form, errors);
		if (criteria.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "audit/search";
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"audit-" + FILE_TIME.format(clock.instant().atZone(clock.getZone())) + ".csv\"");
		Map<UUID, String> names = new HashMap<>();
		long rows;
		try {
			Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
			out.write('\uFEFF');
			out.write(csvLine(List
				.of("time", "actorId", "actorName", "role", "department", "address", "requestId", "action",
						"objectType", "objectId", "outcome", "detail", "chain", "sequence")
				.stream()
				.map(column -> messages.getMessage("supervision.audit.column." + column, null, locale))
				.toList()));
			rows = log.each(criteria.get().search(), row -> {
				AuditEntry entry = row.entry();
				try {
					out.write(csvLine(List.of(time(entry.time()), text(entry.actorId()), name(entry.actorId(), names),
							text(entry.role()), text(entry.department()), text(entry.clientAddress()),
							text(entry.requestId()), entry.action(), entry.objectType(), entry.objectId(),
							messages.getMessage("supervision.audit.outcome." + entry.outcome(), null, locale),
							text(entry.detail()), String.valueOf(row.chain()), String.valueOf(row.sequence()))));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			out.flush();
		}
		catch (IOException | RuntimeException ex) {
			audit.failed(auditor.audited(), "audit.export", "audit", "export", criteria.get().detail());
			throw ex;
		}
		audit.succeeded(auditor.audited(), "audit.export", "audit", "export",
				criteria.get().detail() + " rows=" + rows);
		return null;
	}

	/** The search the form asks for, or empty with its errors rejected. */
	private Optional<Criteria> read(AuditSearchForm form, BindingResult errors) {
		String q = field(form.getQ(), "q", 100, errors);
		String actorText = field(form.getActor(), "actor", 64, errors);
		String objectType = named(field(form.getObjectType(), "objectType", 40, errors), "objectType", errors);
		String objectId = field(form.getObjectId(), "objectId", 100, errors);
		String action = named(field(form.getAction(), "action", 60, errors), "action", errors);
		LocalDate from = date(form.getFrom(), "from", errors);
		LocalDate to = date(form.getTo(), "to", errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("to", "supervision.audit.search.toBeforeFrom");
		}
		int page = 1;
		String pageText = form.getPage() == null ? "" : form.getPage().strip();
		if (!pageText.isEmpty()) {
			try {
				page = Integer.parseInt(pageText);
			}
			catch (NumberFormatException ex) {
				page = 0;
			}
			if (page < 1 || page > MAX_PAGE) {
				errors.rejectValue("page", "supervision.audit.search.page", new Object[] { MAX_PAGE }, null);
			}
		}
		Set<UUID> actors = null;
		if (actorText != null) {
			actors = actors(actorText);
			if (actors == null) {
				errors.rejectValue("actor", "supervision.audit.search.actor");
			}
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		ZoneId zone = clock.getZone();
		Instant since = from == null ? null : from.atStartOfDay(zone).toInstant();
		Instant until = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
		Set<UUID> textActors = q == null ? Set.of() : accounts.staffAccountId(q).map(Set::of).orElse(Set.of());
		Map<String, String> given = new LinkedHashMap<>();
		given.put("q", q);
		given.put("actor", actorText);
		given.put("objectType", objectType);
		given.put("objectId", objectId);
		given.put("action", action);
		given.put("from", from == null ? null : from.toString());
		given.put("to", to == null ? null : to.toString());
		StringJoiner detail = new StringJoiner(" ").setEmptyValue("all");
		StringJoiner query = new StringJoiner("&");
		given.forEach((name, value) -> {
			if (value != null) {
				detail.add(name + "=" + value);
				query.add(name + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return Optional
			.of(new Criteria(new AuditSearch(actors, objectType, objectId, action, since, until, q, textActors),
					new Paging(page, PAGE_SIZE), shortened(detail.toString()), query.toString()));
	}

	/**
	 * The accounts an actor field names: an account id, or a staff log-in name (none when
	 * nobody has it); null when it is neither.
	 */
	private Set<UUID> actors(String text) {
		try {
			return Set.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			if (!Accounts.STAFF_ACCOUNT_NAME.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
				return null;
			}
			return accounts.staffAccountId(text).map(Set::of).orElse(Set.of());
		}
	}

	/** The stripped value, null when blank, rejected when too long or not text. */
	private static String field(String value, String name, int max, BindingResult errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			errors.rejectValue(name, "supervision.audit.search.tooLong", new Object[] { max }, null);
			return null;
		}
		if (CONTROL.matcher(stripped).find()) {
			errors.rejectValue(name, "supervision.audit.search.characters");
			return null;
		}
		return stripped;
	}

	private static String named(String value, String name, BindingResult errors) {
		if (value != null && !NAME.matcher(value).matches()) {
			errors.rejectValue(name, "supervision.audit.search.name");
			return null;
		}
		return value;
	}

	private static LocalDate date(String value, String name, BindingResult errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(name, "supervision.audit.search.date");
			return null;
		}
	}

	private String time(Instant time) {
		return TIME.format(time.atZone(clock.getZone()));
	}

	private String name(UUID actor, Map<UUID, String> names) {
		if (actor == null) {
			return "";
		}
		return names.computeIfAbsent(actor, id -> accounts.staffAccountNames(Set.of(id)).getOrDefault(id, ""));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String shortened(String detail) {
		return detail.length() <= AuditEntry.MAX_DETAIL - 20 ? detail
				: detail.substring(0, AuditEntry.MAX_DETAIL - 21) + "…";
	}

	/**
	 * One line of RFC 4180 CSV. A cell that a spreadsheet would take for a formula is
	 * quoted with a leading apostrophe: the trail holds what clients typed.
	 */
	static String csvLine(List<String> cells) {
		StringJoiner line = new StringJoiner(",", "", "\r\n");
		for (String cell : cells) {
			String safe = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
			line.add("\"" + safe.replace("\"", "\"\"") + "\"");
		}
		return line.toString();
	}

	/** A search read from the form. */
	private record Criteria(AuditSearch search, Paging paging, String detail, String query) {
	}

	/** A record as the page shows it. */
	record Shown(AuditRow row, String time) {
	}

}
