package org.tongban.participation.consultation;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.io.Serializable;
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

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.FrequentQuestions;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.notification.EmailAddress;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * Online consultation (在线咨询, R10.3): anybody asks a question on a matter's guide, a
 * logged-in asker as their verified account, an anonymous one with a mobile number or an
 * e-mail address to be told at; the matter's department answers within
 * {@code tongban.consultation.answer-days} working days; an answer that helps many is
 * published, edited so that it names nobody, in the FAQ of the matter's code.
 * <p>
 * Who does what: the reviewers and approvers of the matter's department answer; its
 * approvers and department admins publish an answer to the FAQ, order and withdraw
 * entries. Publishing is the department speaking to everybody, so a second person
 * publishes: not the one who answered (four eyes), and nobody acts on their own question.
 */
@Service
@EnableConfigurationProperties(ConsultationProperties.class)
class Consultations implements FrequentQuestions {

	static final int MAX_QUESTION = 2000;

	static final int MAX_ANSWER = 4000;

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final List<Role> ANSWERING = List.of(Role.REVIEWER, Role.APPROVER);

	private static final List<Role> PUBLISHING = List.of(Role.APPROVER, Role.DEPARTMENT_ADMIN);

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final MatterCatalog catalog;

	private final WorkingDayCalendar calendar;

	private final Audit audit;

	private final ApplicationEventPublisher events;

	private final ConsultationProperties properties;

	private final Clock clock;

	private final DataFieldMaxValueIncrementer serials;

	private final SecureRandom random = new SecureRandom();

	Consultations(JdbcClient jdbc, FieldCipher cipher, MatterCatalog catalog, WorkingDayCalendar calendar, Audit audit,
			ApplicationEventPublisher events, ConsultationProperties properties, Clock clock, DataSource dataSource)
			throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.catalog = catalog;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
		this.serials = database.contains("PostgreSQL")
				? new PostgresSequenceMaxValueIncrementer(dataSource, "participation_question_seq")
				: new H2SequenceMaxValueIncrementer(dataSource, "participation_question_seq");
	}

	/**
	 * What the asker keeps to follow their question; shown once on the confirmation page,
	 * through the session.
	 */
	record Asked(String number, String queryCode, LocalDate dueOn) implements Serializable {
	}

	/**
	 * Asks a question on a matter's guide. A logged-in asker is told through their
	 * account, and whatever contact the form carries is ignored: the platform verified
	 * the account, not the form. An anonymous asker gives a mobile number or an e-mail
	 * address.
	 * @param asker the logged-in asker, or empty
	 * @throws InvalidParameterException naming the field that is wrong
	 */
	@Transactional
	Asked ask(Optional<Actor> asker, String matterCode, String question, String mobile, String email, Locale locale) {
		MatterGuide guide = catalog.guide(matterCode);
		String text = required("question", question, MAX_QUESTION);
		Contact contact = asker.isPresent() ? null : contact(mobile, email);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		LocalDate dueOn = calendar.addWorkingDays(today, properties.answerDays());
		String number = "ZX" + today.format(DateTimeFormatter.BASIC_ISO_DATE)
				+ "%06d".formatted(serials.nextLongValue() % 1_000_000);
		String queryCode = queryCode();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into participation_question (id, number, query_code_sealed, matter_code, department_code,
					question, asker_id, contact_sealed, locale, asked_at, due_on)
				values (:id, :number, :code, :matter, :department, :question, :asker, :contact, :locale, :at, :due)
				""")
			.param("id", id)
			.param("number", number)
			.param("code", cipher.encrypt(queryCode))
			.param("matter", guide.code())
			.param("department", guide.department().code())
			.param("question", text)
			.param("asker", asker.map(Actor::id).orElse(null))
			.param("contact", contact == null ? null : cipher.encrypt(contact.sealable()))
			.param("locale", locale.toLanguageTag())
			.param("at", column(now))
			.param("due", dueOn)
			.update();
		audit.succeeded(actor(asker), "question.ask", "question", number, guide.code());
		return new Asked(number, queryCode, dueOn);
	}

	/**
	 * The question for whoever holds its number and query code. A wrong number and a
	 * wrong code get the same answer, so that nothing tells which numbers exist.
	 */
	@Transactional
	Question follow(String number, String queryCode) {
		String normalizedCode = queryCode == null ? "" : queryCode.strip().toUpperCase(Locale.ROOT);
		Question found = byNumber(number == null ? "" : number.strip().toUpperCase(Locale.ROOT))
			.filter(question -> MessageDigest.isEqual(sealedCode(question.id()).getBytes(), normalizedCode.getBytes()))
			.orElseThrow(() -> new NotFoundException("consultation.follow.notFound"));
		audit.succeeded(audit.currentActor(), "question.follow", "question", found.number(), null);
		return found;
	}

	/** The questions the account asked, the latest first. */
	@Transactional
	List<Question> mine(Actor asker) {
		List<Question> questions = select("where q.asker_id = :id order by q.asked_at desc").param("id", asker.id())
			.query(this::question)
			.list();
		audit.succeeded(asker.audited(), "question.list", "account", asker.id(), null);
		return questions;
	}

	/**
	 * The questions of the departments where the member of staff answers or publishes:
	 * those waiting first, the one due first first; then the answered ones, the latest
	 * first.
	 */
	@Transactional
	List<Question> queue(Actor staff) {
		List<String> departments = staff.roles()
			.stream()
			.filter(held -> ANSWERING.contains(held.role()) || PUBLISHING.contains(held.role()))
			.map(DepartmentRole::department)
			.distinct()
			.toList();
		if (departments.isEmpty()) {
			return List.of();
		}
		List<Question> questions = select("""
				where q.department_code in (:departments)
				order by case when q.answer is null then 0 else 1 end, q.due_on, q.answered_at desc, q.number
				""").param("departments", departments).query(this::question).list();
		audit.succeeded(staff.audited(), "question.queue", "department", String.join(",", departments), null);
		return questions;
	}

	/**
	 * One question of the staff member's departments; another department's is not found,
	 * the same as one that does not exist.
	 */
	@Transactional
	Question forStaff(Actor staff, UUID id) {
		Question question = byId(id)
			.filter(found -> holds(staff, found.departmentCode(), ANSWERING)
					|| holds(staff, found.departmentCode(), PUBLISHING))
			.orElseThrow(() -> new NotFoundException("consultation.question.notFound"));
		audit.succeeded(staff.audited(), "question.read", "question", question.number(), null);
		return question;
	}

	/** The department answers; the asker is told once the answer commits. */
	@Transactional
	void answer(Actor staff, UUID id, String answer) {
		Question question = forStaff(staff, id);
		if (!holds(staff, question.departmentCode(), ANSWERING)) {
			refuse(staff, "question.answer", question, Refusal.FORBIDDEN, "consultation.answer.notAllowed");
		}
		if (staff.id().equals(question.askerId())) {
			refuse(staff, "question.answer", question, Refusal.FORBIDDEN, "consultation.answer.own");
		}
		String text = required("answer", answer, MAX_ANSWER);
		int updated = jdbc.sql("""
				update participation_question set answer = :answer, answered_by = :by, answered_at = :at
				where id = :id and answer is null
				""")
			.param("answer", text)
			.param("by", staff.id())
			.param("at", column(clock.instant()))
			.param("id", id)
			.update();
		if (updated == 0) {
			refuse(staff, "question.answer", question, Refusal.CONFLICT, "consultation.answer.already");
		}
		audit.succeeded(staff.audited(), "question.answer", "question", question.number(), null);
		events.publishEvent(new QuestionAnswered(id));
	}

	/**
	 * Publishes an answered question in its matter's FAQ, as edited for publication: the
	 * editor removes whatever names the asker. Last in the FAQ's order.
	 */
	@Transactional
	UUID publish(Actor staff, UUID id, String question, String answer) {
		Question asked = forStaff(staff, id);
		if (!holds(staff, asked.departmentCode(), PUBLISHING)) {
			refuse(staff, "faq.publish", asked, Refusal.FORBIDDEN, "consultation.publish.notAllowed");
		}
		if (!asked.answered()) {
			refuse(staff, "faq.publish", asked, Refusal.CONFLICT, "consultation.publish.unanswered");
		}
		if (staff.id().equals(asked.answeredBy()) || staff.id().equals(asked.askerId())) {
			refuse(staff, "faq.publish", asked, Refusal.FORBIDDEN, "consultation.publish.secondPerson");
		}
		if (asked.promoted()) {
			refuse(staff, "faq.publish", asked, Refusal.CONFLICT, "consultation.publish.already");
		}
		String publishedQuestion = required("question", question, MAX_QUESTION);
		String publishedAnswer = required("answer", answer, MAX_ANSWER);
		UUID entry = UUID.randomUUID();
		jdbc.sql("""
				insert into participation_faq (id, matter_code, question_id, question, answer, position, published_by,
					published_at)
				values (:id, :matter, :question, :text, :answer,
					(select coalesce(max(position), 0) + 1 from participation_faq where matter_code = :matter),
					:by, :at)
				""")
			.param("id", entry)
			.param("matter", asked.matterCode())
			.param("question", id)
			.param("text", publishedQuestion)
			.param("answer", publishedAnswer)
			.param("by", staff.id())
			.param("at", column(clock.instant()))
			.update();
		audit.succeeded(staff.audited(), "faq.publish", "question", asked.number(), asked.matterCode());
		return entry;
	}

	/** The FAQ of the departments where the member of staff publishes, shown or not. */
	@Transactional(readOnly = true)
	List<FaqEntry> entries(Actor staff) {
		List<String> departments = staff.roles()
			.stream()
			.filter(held -> PUBLISHING.contains(held.role()))
			.map(DepartmentRole::department)
			.distinct()
			.toList();
		if (departments.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select f.* from participation_faq f join participation_question q on q.id = f.question_id
				where q.department_code in (:departments)
				order by f.matter_code, case when f.withdrawn_at is null then 0 else 1 end, f.position
				""").param("departments", departments).query(Consultations::entry).list();
	}

	/** Takes an entry off the guide; the question and its answer stay. */
	@Transactional
	void withdraw(Actor staff, UUID entryId) {
		FaqEntry entry = publishable(staff, entryId);
		jdbc.sql("update participation_faq set withdrawn_at = :at where id = :id and withdrawn_at is null")
			.param("at", column(clock.instant()))
			.param("id", entryId)
			.update();
		audit.succeeded(staff.audited(), "faq.withdraw", "faq", entryId, entry.matterCode());
	}

	/** Moves a shown entry one place up the guide's FAQ, swapping with the one above. */
	@Transactional
	void moveUp(Actor staff, UUID entryId) {
		FaqEntry entry = publishable(staff, entryId);
		jdbc.sql("""
				select * from participation_faq where matter_code = :matter and withdrawn_at is null
				and position < :position order by position desc limit 1
				""")
			.param("matter", entry.matterCode())
			.param("position", entry.position())
			.query(Consultations::entry)
			.optional()
			.ifPresent(above -> {
				setPosition(above.id(), entry.position());
				setPosition(entry.id(), above.position());
			});
		audit.succeeded(staff.audited(), "faq.reorder", "faq", entryId, entry.matterCode());
	}

	/**
	 * A reader found an entry's answer helpful: the department sees which answers help
	 * many. Once per browser session, which the page checks.
	 */
	@Transactional
	void helpful(String matterCode, UUID entryId) {
		int updated = jdbc
			.sql("update participation_faq set helpful = helpful + 1 where id = :id and matter_code = :matter"
					+ " and withdrawn_at is null")
			.param("id", entryId)
			.param("matter", matterCode)
			.update();
		if (updated == 0) {
			throw new NotFoundException("consultation.faq.notFound");
		}
		audit.succeeded(audit.currentActor(), "faq.helpful", "faq", entryId, matterCode);
	}

	/** The published FAQ of a matter, naming nobody: the catalogue's guide shows it. */
	@Override
	@Transactional(readOnly = true)
	public List<FrequentQuestion> of(String matterCode) {
		return jdbc.sql("""
				select id, question, answer, helpful from participation_faq
				where matter_code = :matter and withdrawn_at is null order by position
				""")
			.param("matter", matterCode)
			.query((rs, row) -> new FrequentQuestion(rs.getObject("id", UUID.class), rs.getString("question"),
					rs.getString("answer"), rs.getInt("helpful")))
			.list();
	}

	/** The FAQ of a matter that exists; an unknown matter is not found. */
	@Transactional(readOnly = true)
	List<FrequentQuestion> faq(String matterCode) {
		return of(catalog.guide(matterCode).code());
	}

	Optional<Question> byId(UUID id) {
		return select("where q.id = :id").param("id", id).query(this::question).optional();
	}

	int answerDays() {
		return properties.answerDays();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private Optional<Question> byNumber(String number) {
		return select("where q.number = :number").param("number", number).query(this::question).optional();
	}

	private JdbcClient.StatementSpec select(String rest) {
		return jdbc.sql("""
				select q.*, exists (select 1 from participation_faq f where f.question_id = q.id) as promoted
				from participation_question q
				""" + rest);
	}

	private String sealedCode(UUID id) {
		return cipher.decrypt(jdbc.sql("select query_code_sealed from participation_question where id = :id")
			.param("id", id)
			.query(String.class)
			.single());
	}

	private FaqEntry publishable(Actor staff, UUID entryId) {
		return jdbc.sql("""
				select f.* from participation_faq f join participation_question q on q.id = f.question_id
				where f.id = :id
				""")
			.param("id", entryId)
			.query(Consultations::entry)
			.optional()
			.filter(entry -> byId(entry.questionId())
				.filter(question -> holds(staff, question.departmentCode(), PUBLISHING))
				.isPresent())
			.orElseThrow(() -> new NotFoundException("consultation.faq.notFound"));
	}

	private void setPosition(UUID id, int position) {
		jdbc.sql("update participation_faq set position = :position where id = :id")
			.param("position", position)
			.param("id", id)
			.update();
	}

	private void refuse(Actor staff, String action, Question question, Refusal refusal, String messageCode) {
		audit.failed(staff.audited(), action, "question", question.number(), messageCode);
		throw new RefusedException(refusal, messageCode);
	}

	private static boolean holds(Actor staff, String department, List<Role> roles) {
		return roles.stream().anyMatch(role -> staff.roles().contains(DepartmentRole.of(role, department)));
	}

	private AuditActor actor(Optional<Actor> asker) {
		return asker.map(Actor::audited).orElseGet(audit::currentActor);
	}

	private static String required(String field, String given, int maxLength) {
		String text = given == null ? "" : given.strip();
		if (text.isEmpty()) {
			throw new InvalidParameterException(field, "consultation." + field + ".required");
		}
		if (text.length() > maxLength) {
			throw new InvalidParameterException(field, "consultation." + field + ".tooLong", maxLength);
		}
		return text;
	}

	/** A mobile number, or else an e-mail address: one way to be told is enough. */
	private static Contact contact(String mobile, String email) {
		boolean hasMobile = mobile != null && !mobile.isBlank();
		boolean hasEmail = email != null && !email.isBlank();
		if (!hasMobile && !hasEmail) {
			throw new InvalidParameterException("mobile", "consultation.contact.required");
		}
		try {
			return hasMobile ? new Contact(MobileNumber.parse(mobile.strip()), null)
					: new Contact(null, EmailAddress.parse(email.strip()));
		}
		catch (InvalidIdentifierException invalid) {
			throw new InvalidParameterException(hasMobile ? "mobile" : "email", invalid.messageCode(),
					invalid.messageArgs());
		}
	}

	private String queryCode() {
		var code = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}

	private Question question(ResultSet rs, int row) throws SQLException {
		String contact = rs.getString("contact_sealed");
		return new Question(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("matter_code"),
				rs.getString("department_code"), rs.getString("question"), rs.getObject("asker_id", UUID.class),
				contact == null ? null : Contact.opened(cipher.decrypt(contact)),
				Locale.forLanguageTag(rs.getString("locale")), instant(rs, "asked_at"),
				rs.getObject("due_on", LocalDate.class), rs.getString("answer"),
				rs.getObject("answered_by", UUID.class), instant(rs, "answered_at"), rs.getBoolean("promoted"));
	}

	private static FaqEntry entry(ResultSet rs, int row) throws SQLException {
		return new FaqEntry(rs.getObject("id", UUID.class), rs.getString("matter_code"),
				rs.getObject("question_id", UUID.class), rs.getString("question"), rs.getString("answer"),
				rs.getInt("position"), rs.getInt("helpful"), instant(rs, "withdrawn_at"));
	}

}
