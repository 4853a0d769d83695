package org.tongban.participation.feedback;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.Application;
import org.tongban.application.MyApplications;
import org.tongban.application.PublicQuery;
import org.tongban.application.PublicStatus;
import org.tongban.approval.CaseOfficers;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterNotFoundException;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.notification.EmailAddress;
import org.tongban.participation.feedback.Feedback.Channel;
import org.tongban.participation.feedback.Feedback.Kind;
import org.tongban.participation.feedback.Feedback.Status;
import org.tongban.participation.feedback.Feedback.Subject;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.supervision.CaseHandlers;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * Complaints, suggestions and reports (R10.1): anybody with a contact files one about a
 * matter, a department or a case, and gets a tracking number and a query code; it is
 * routed to the department of the matter, of the case or the one chosen, whose reviewers
 * and approvers answer it within the working days of its kind
 * ({@link FeedbackProperties}); the filer reads the answer and says, once, whether it
 * resolved the problem. An answer that did not is reopened to the department with the
 * limit of its kind again, and the department's second answer closes it: the supervision
 * office sees every one whose answer is overdue (R8.3). A complaint about a case needs
 * the case's query code, or the filer's own account, so that nobody files in the name of
 * an applicant about a case they cannot see. Nobody answers feedback they filed, nor a
 * complaint about a case they acted on at any step ({@link CaseOfficers}, R12.7). Every
 * action is audited.
 */
@Service
@Transactional
public class Feedbacks {

	/** The longest text, or answer, as the columns keep them (in characters). */
	public static final int MAX_TEXT = 2000;

	/** The longest name of a filer who is not logged in. */
	public static final int MAX_NAME = 50;

	static final String OBJECT_TYPE = "feedback";

	/** What a tracking number looks like, to refuse anything else before a read. */
	static final Pattern NUMBER = Pattern.compile("FK\\d{14}");

	private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private static final int CODE_LENGTH = 8;

	private static final String SELECT = """
			select id, number, kind, subject, matter_code, case_number, case_id, department_code, text, channel,
				filer_account_id, filed_at, due_on, status, answer, answered_by, answered_at, resolved
			from participation_feedback""";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final MatterCatalog catalog;

	private final PublicQuery publicQuery;

	private final MyApplications myApplications;

	private final CaseOfficers officers;

	private final ObjectProvider<CaseHandlers> handlers;

	private final WorkingDayCalendar calendar;

	private final FieldCipher cipher;

	private final FeedbackProperties properties;

	private final Audit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Feedbacks(JdbcClient jdbc, MatterCatalog catalog, PublicQuery publicQuery, MyApplications myApplications,
			CaseOfficers officers, ObjectProvider<CaseHandlers> handlers, WorkingDayCalendar calendar,
			FieldCipher cipher, FeedbackProperties properties, Audit audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.publicQuery = publicQuery;
		this.myApplications = myApplications;
		this.officers = officers;
		this.handlers = handlers;
		this.calendar = calendar;
		this.cipher = cipher;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a filer gives. The contact is ignored for a filer who is logged in: their
	 * verified account is the contact.
	 *
	 * @param caseQueryCode the case's query code, unless the filer is logged in and the
	 * case is theirs
	 */
	public record Filing(Kind kind, Subject subject, String matterCode, String departmentCode, String caseNumber,
			String caseQueryCode, String text, String name, String mobile, String email) {
	}

	/**
	 * What the filer keeps to follow it; serializable, as the confirmation page takes it
	 * from the session's flash attributes.
	 */
	public record Filed(String number, String queryCode, String departmentCode,
			LocalDate dueOn) implements java.io.Serializable {
	}

	/** Where the feedback is routed, and about what. */
	private record Routing(String departmentCode, String matterCode, String caseNumber, UUID caseId) {
	}

	/**
	 * Checks a filing as {@link #file} would, without filing it: the check-answers page.
	 */
	@Transactional(readOnly = true)
	public void check(Optional<Actor> filer, Filing filing) {
		route(filer, filing);
		contact(filer, filing);
	}

	/**
	 * Files the feedback, routes it and counts its deadline.
	 * @param filer the actor logged in, or empty for a visitor or an Open311 client
	 * @throws InvalidParameterException naming the first field refused
	 */
	public Filed file(Optional<Actor> filer, Filing filing, Channel channel) {
		Routing routing = route(filer, filing);
		Contact contact = contact(filer, filing);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		LocalDate dueOn = calendar.addWorkingDays(today, properties.daysFor(filing.kind()));
		String number = "FK" + DateTimeFormatter.BASIC_ISO_DATE.format(today) + String.format("%06d",
				jdbc.sql("select nextval('participation_feedback_seq')").query(Long.class).single() % 1_000_000);
		String queryCode = queryCode();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into participation_feedback (id, number, query_code_sealed, kind, subject, matter_code,
					case_number, case_id, department_code, text, channel, filer_account_id, contact_name_sealed,
					contact_mobile_sealed, contact_email_sealed, filed_at, due_on, status, version)
				values (:id, :number, :code, :kind, :subject, :matterCode, :caseNumber, :caseId, :department, :text,
					:channel, :filer, :name, :mobile, :email, :filedAt, :dueOn, 'OPEN', 0)""")
			.param("id", id)
			.param("number", number)
			.param("code", cipher.encrypt(queryCode))
			.param("kind", filing.kind().name())
			.param("subject", filing.subject().name())
			.param("matterCode", routing.matterCode())
			.param("caseNumber", routing.caseNumber())
			.param("caseId", routing.caseId())
			.param("department", routing.departmentCode())
			.param("text", filing.text().strip())
			.param("channel", channel.name())
			.param("filer", filer.map(Actor::id).orElse(null))
			.param("name", sealed(contact.name()))
			.param("mobile", sealed(contact.mobile()))
			.param("email", sealed(contact.email()))
			.param("filedAt", column(now))
			.param("dueOn", dueOn)
			.update();
		audit.succeeded(audit.currentActor(), "feedback.file", OBJECT_TYPE, number,
				filing.kind() + " " + filing.subject() + " to " + routing.departmentCode() + " by " + channel);
		return new Filed(number, queryCode, routing.departmentCode(), dueOn);
	}

	/**
	 * The feedback for whoever holds its number and query code. A wrong number and a
	 * wrong code get the same answer.
	 */
	public Feedback follow(String number, String queryCode) {
		return followed(number, queryCode, "feedback.read");
	}

	/**
	 * The filer's verdict on the answer, once: resolved closes it, not resolved reopens
	 * it to the department with a new limit.
	 */
	public Feedback verdict(String number, String queryCode, boolean resolved) {
		return giveVerdict(followed(number, queryCode, "feedback.verdict"), resolved);
	}

	/** The feedback the applicant filed while logged in, the newest first. */
	@Transactional(readOnly = true)
	public List<Feedback> mine(Actor applicant) {
		return jdbc.sql(SELECT + " where filer_account_id = :filer order by filed_at desc")
			.param("filer", applicant.id())
			.query(Feedbacks::read)
			.list();
	}

	/** One the applicant filed while logged in; somebody else's is not found. */
	public Feedback mine(Actor applicant, String number) {
		Feedback feedback = find(number).filter(found -> applicant.id().equals(found.filerAccountId()))
			.orElseThrow(() -> new NotFoundException("feedback.notFound"));
		audit.succeeded(applicant.audited(), "feedback.read", OBJECT_TYPE, number, null);
		return feedback;
	}

	/** The verdict of an applicant on feedback they filed while logged in. */
	public Feedback verdict(Actor applicant, String number, boolean resolved) {
		return giveVerdict(mine(applicant, number), resolved);
	}

	/**
	 * The feedback of the departments where the actor reviews or approves: what awaits an
	 * answer first, the earliest deadline first.
	 */
	@Transactional(readOnly = true)
	public List<Feedback> queue(Actor staff) {
		return jdbc.sql(SELECT + """
				 where department_code in (:departments)
				order by case when status in ('OPEN', 'REOPENED') then 0 else 1 end, due_on, filed_at""")
			.param("departments", handlingDepartments(staff))
			.query(Feedbacks::read)
			.list();
	}

	/** One of the actor's departments; another department's is not found. */
	public Feedback forStaff(Actor staff, String number) {
		List<String> departments = handlingDepartments(staff);
		Feedback feedback = find(number).filter(found -> departments.contains(found.departmentCode()))
			.orElseThrow(() -> new NotFoundException("feedback.notFound"));
		audit.succeeded(staff.audited(), "feedback.read", OBJECT_TYPE, number, null);
		return feedback;
	}

	/**
	 * Whether the member of staff acted on the case at any step, or holds its open task
	 * without having acted yet: either way the complaint is about their own work.
	 */
	private boolean handles(Actor staff, UUID caseId) {
		return officers.of(caseId).stream().anyMatch(officer -> officer.accountId().equals(staff.id()))
				|| Optional.ofNullable(handlers.getIfAvailable())
					.flatMap(found -> found.of(caseId, null))
					.filter(handler -> handler.accountId().equals(staff.id()))
					.isPresent();
	}

	/**
	 * The department's answer, which the filer is told of.
	 * @throws RefusedException if the actor filed it, or handled the case it is about
	 */
	public Feedback answer(Actor staff, String number, String answer) {
		Feedback feedback = forStaff(staff, number);
		if (staff.id().equals(feedback.filerAccountId())) {
			throw refused(staff, number, Refusal.FORBIDDEN, "feedback.answer.ownFeedback");
		}
		if (feedback.caseId() != null && handles(staff, feedback.caseId())) {
			throw refused(staff, number, Refusal.FORBIDDEN, "feedback.answer.ownCase");
		}
		if (!feedback.status().awaitsAnswer()) {
			throw refused(staff, number, Refusal.CONFLICT, "feedback.answer.notAwaited");
		}
		String text = required("answer", answer);
		Status next = feedback.status() == Status.OPEN ? Status.ANSWERED : Status.CLOSED;
		int moved = jdbc.sql("""
				update participation_feedback set status = :next, answer = :answer, answered_by = :by,
					answered_at = :at, version = version + 1
				where id = :id and status = :status""")
			.param("next", next.name())
			.param("answer", text)
			.param("by", staff.id())
			.param("at", column(clock.instant()))
			.param("id", feedback.id())
			.param("status", feedback.status().name())
			.update();
		if (moved != 1) {
			throw refused(staff, number, Refusal.CONFLICT, "feedback.answer.notAwaited");
		}
		audit.succeeded(staff.audited(), "feedback.answer", OBJECT_TYPE, number, next.name());
		events.publishEvent(new FeedbackAnswered(feedback.id(), number));
		return find(number).orElseThrow();
	}

	/**
	 * What awaits an answer past its deadline, the oldest deadline first: the
	 * supervisor's.
	 */
	@Transactional(readOnly = true)
	public List<Feedback> overdue(Actor supervisor) {
		if (!supervisor.has(Role.SUPERVISOR)) {
			throw new RefusedException(Refusal.FORBIDDEN, "feedback.supervision.only");
		}
		return jdbc.sql(SELECT + " where status in ('OPEN', 'REOPENED') and due_on < :today order by due_on, filed_at")
			.param("today", LocalDate.now(clock))
			.query(Feedbacks::read)
			.list();
	}

	/**
	 * The feedback filed in a period (both ends included), for the Open311 list, the
	 * newest first.
	 * @param numbers only these, when not empty
	 * @param kind only of this kind, or any
	 * @param department only routed to this department, or any
	 * @param open only those open ({@code true}), closed ({@code false}) or any (null)
	 */
	@Transactional(readOnly = true)
	public List<Feedback> filed(List<String> numbers, Kind kind, String department, Instant from, Instant to,
			Boolean open, int limit) {
		String where = " where filed_at >= :from and filed_at <= :to"
				+ (numbers.isEmpty() ? "" : " and number in (:numbers)") + (kind == null ? "" : " and kind = :kind")
				+ (department == null ? "" : " and department_code = :department") + (open == null ? ""
						: open ? " and status in ('OPEN', 'REOPENED')" : " and status in ('ANSWERED', 'CLOSED')");
		var query = jdbc.sql(SELECT + where + " order by filed_at desc limit " + limit)
			.param("from", column(from))
			.param("to", column(to));
		if (!numbers.isEmpty()) {
			query = query.param("numbers", numbers);
		}
		if (kind != null) {
			query = query.param("kind", kind.name());
		}
		if (department != null) {
			query = query.param("department", department);
		}
		return query.query(Feedbacks::read).list();
	}

	/** Whom to tell of an answer: the contact given, or the account's. */
	@Transactional(readOnly = true)
	Optional<Contact> contactOf(UUID id) {
		return jdbc.sql("""
				select filer_account_id, contact_name_sealed, contact_mobile_sealed, contact_email_sealed
				from participation_feedback where id = :id""")
			.param("id", id)
			.query((row, n) -> new Contact(opened(row.getString("contact_name_sealed")),
					opened(row.getString("contact_mobile_sealed")), opened(row.getString("contact_email_sealed")),
					row.getObject("filer_account_id", UUID.class)))
			.optional();
	}

	/** The filer's contact; the account, when they were logged in. */
	record Contact(String name, String mobile, String email, UUID accountId) {
	}

	private Feedback followed(String number, String queryCode, String action) {
		String code = queryCode == null ? "" : queryCode.strip().toUpperCase(Locale.ROOT);
		String given = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
		Optional<Feedback> found = find(given)
			.filter(feedback -> MessageDigest.isEqual(code.getBytes(),
					cipher.decrypt(jdbc.sql("select query_code_sealed from participation_feedback where id = :id")
						.param("id", feedback.id())
						.query(String.class)
						.single()).getBytes()));
		if (found.isEmpty()) {
			audit.failed(audit.currentActor(), action, OBJECT_TYPE, given.isEmpty() ? "-" : given, "feedback.notFound");
			throw new NotFoundException("feedback.notFound");
		}
		audit.succeeded(audit.currentActor(), action, OBJECT_TYPE, given, null);
		return found.get();
	}

	private Feedback giveVerdict(Feedback feedback, boolean resolved) {
		if (!feedback.awaitsVerdict()) {
			throw refused(null, feedback.number(), Refusal.CONFLICT, "feedback.verdict.notAwaited");
		}
		LocalDate today = LocalDate.now(clock);
		int moved = jdbc.sql("""
				update participation_feedback set status = :next, resolved = :resolved, verdict_at = :at,
					due_on = :dueOn, version = version + 1
				where id = :id and status = 'ANSWERED' and resolved is null""")
			.param("next", resolved ? Status.CLOSED.name() : Status.REOPENED.name())
			.param("resolved", resolved)
			.param("at", column(clock.instant()))
			.param("dueOn",
					resolved ? feedback.dueOn() : calendar.addWorkingDays(today, properties.daysFor(feedback.kind())))
			.param("id", feedback.id())
			.update();
		if (moved != 1) {
			throw refused(null, feedback.number(), Refusal.CONFLICT, "feedback.verdict.notAwaited");
		}
		audit.succeeded(audit.currentActor(), "feedback.verdict", OBJECT_TYPE, feedback.number(),
				resolved ? "resolved" : "not resolved, reopened");
		return find(feedback.number()).orElseThrow();
	}

	private Routing route(Optional<Actor> filer, Filing filing) {
		if (filing.kind() == null) {
			throw new InvalidParameterException("kind", "feedback.kind.missing");
		}
		if (filing.subject() == null) {
			throw new InvalidParameterException("subject", "feedback.subject.missing");
		}
		Routing routing = switch (filing.subject()) {
			case MATTER -> {
				String code = required("matterCode", filing.matterCode()).toUpperCase(Locale.ROOT);
				try {
					MatterGuide guide = catalog.guide(code);
					yield new Routing(guide.department().code(), guide.matter().code(), null, null);
				}
				catch (MatterNotFoundException unknown) {
					throw new InvalidParameterException("matterCode", "feedback.matter.unknown", code);
				}
			}
			case DEPARTMENT -> {
				String code = required("departmentCode", filing.departmentCode());
				try {
					yield new Routing(catalog.department(code).code(), null, null, null);
				}
				catch (NotFoundException unknown) {
					throw new InvalidParameterException("departmentCode", "feedback.department.unknown");
				}
			}
			case CASE -> caseRouting(filer, filing);
		};
		required("text", filing.text());
		return routing;
	}

	/**
	 * The case by its query code, or among the filer's own when they are logged in and
	 * give none: a wrong number and a wrong code are refused alike.
	 */
	private Routing caseRouting(Optional<Actor> filer, Filing filing) {
		String number = required("caseNumber", filing.caseNumber()).toUpperCase(Locale.ROOT);
		boolean own = filer.filter(actor -> !actor.isStaff()).isPresent() && isBlank(filing.caseQueryCode());
		try {
			if (own) {
				Application application = myApplications.byNumber(filer.orElseThrow(), number);
				return new Routing(application.departmentCode(), application.matterCode(), application.number(),
						application.id());
			}
			PublicStatus status = publicQuery.status(number, required("caseQueryCode", filing.caseQueryCode()));
			return new Routing(status.departmentCode(), null, status.number(), status.applicationId());
		}
		catch (NotFoundException unknown) {
			throw new InvalidParameterException(own ? "caseNumber" : "caseQueryCode", "feedback.case.notFound");
		}
	}

	/**
	 * The contact of a filer who is not logged in: a name and a mobile number or an
	 * e-mail address, checked. A logged-in filer's is their account, never the form's.
	 */
	private Contact contact(Optional<Actor> filer, Filing filing) {
		if (filer.isPresent()) {
			return new Contact(filer.get().name(), null, null, filer.get().id());
		}
		String name = required("name", filing.name());
		if (name.length() > MAX_NAME) {
			throw new InvalidParameterException("name", "feedback.name.tooLong", MAX_NAME);
		}
		String mobile = isBlank(filing.mobile()) ? null : filing.mobile().strip();
		String email = isBlank(filing.email()) ? null : filing.email().strip();
		if (mobile == null && email == null) {
			throw new InvalidParameterException("mobile", "feedback.contact.missing");
		}
		if (mobile != null && !MobileNumber.isValid(mobile)) {
			throw new InvalidParameterException("mobile", "feedback.mobile.invalid");
		}
		if (email != null) {
			try {
				email = new EmailAddress(email).value();
			}
			catch (InvalidIdentifierException invalid) {
				throw new InvalidParameterException("email", "feedback.email.invalid");
			}
		}
		return new Contact(name, mobile == null ? null : MobileNumber.parse(mobile).value(), email, null);
	}

	private static String required(String parameter, String value) {
		if (isBlank(value)) {
			throw new InvalidParameterException(parameter, "feedback." + parameter + ".missing");
		}
		String stripped = value.strip();
		if (stripped.length() > MAX_TEXT) {
			throw new InvalidParameterException(parameter, "feedback.tooLong", MAX_TEXT);
		}
		return stripped;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private RefusedException refused(Actor actor, String number, Refusal refusal, String messageCode) {
		audit.failed(actor == null ? audit.currentActor() : actor.audited(), "feedback.refused", OBJECT_TYPE, number,
				messageCode);
		return new RefusedException(refusal, messageCode);
	}

	private List<String> handlingDepartments(Actor staff) {
		List<String> departments = staff.roles()
			.stream()
			.filter(held -> held.role() == Role.REVIEWER || held.role() == Role.APPROVER)
			.map(held -> held.department())
			.distinct()
			.toList();
		if (departments.isEmpty()) {
			throw new RefusedException(Refusal.FORBIDDEN, "feedback.staff.notHandling");
		}
		return departments;
	}

	private Optional<Feedback> find(String number) {
		if (number == null || !NUMBER.matcher(number).matches()) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " where number = :number").param("number", number).query(Feedbacks::read).optional();
	}

	private String queryCode() {
		var code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}

	private String sealed(String value) {
		return value == null ? null : cipher.encrypt(value);
	}

	private String opened(String value) {
		return value == null ? null : cipher.decrypt(value);
	}

	private static Feedback read(ResultSet row, int rowNumber) throws SQLException {
		Object resolved = row.getObject("resolved");
		return new Feedback(row.getObject("id", UUID.class), row.getString("number"),
				Kind.valueOf(row.getString("kind")), Subject.valueOf(row.getString("subject")),
				row.getString("matter_code"), row.getString("case_number"), row.getObject("case_id", UUID.class),
				row.getString("department_code"), row.getString("text"), Channel.valueOf(row.getString("channel")),
				row.getObject("filer_account_id", UUID.class), instant(row, "filed_at"),
				row.getObject("due_on", LocalDate.class), Status.valueOf(row.getString("status")),
				row.getString("answer"), row.getObject("answered_by", UUID.class), instant(row, "answered_at"),
				resolved == null ? null : (Boolean) resolved);
	}

}
