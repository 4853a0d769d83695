package org.tongban.participation.rating;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.application.CaseStep;
import org.tongban.approval.CaseEnded;
import org.tongban.approval.CaseOfficers;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.Notifications;
import org.tongban.notification.Recipient;
import org.tongban.participation.CaseRated;
import org.tongban.participation.Satisfaction;
import org.tongban.participation.rating.Rating.Appeal;
import org.tongban.participation.rating.Rating.Officer;
import org.tongban.participation.rating.Rating.State;
import org.tongban.participation.rating.Rating.Verification;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * The whole loop of a satisfaction rating (好差评, R10.2, R15.8, R16.3). A finished case is
 * due for a rating by its applicant, once; 7 days after its end without one, it counts as
 * 基本满意, recorded by default. A bad rating (不满意, 非常不满意) is verified by the supervision
 * office; a justified one is rectified by the department's administrator within 15
 * working days and ends with their reply to the rater, who may rate the rectification
 * once. The department may appeal a rating it finds mistaken or malicious, decided by
 * another supervisor than the one who verified it. Nobody judges anything of a rating of
 * a case they handled or rated. Every rating, the default ones too, publishes
 * {@link CaseRated} in its transaction; the rating of a rectification does not, as it is
 * not a rating of another case: it is kept with the rating and shown with it.
 * <p>
 * The rectification is the department administrator's (DEPARTMENT_ADMIN), not the
 * approver's: the approver decided the case that was rated, and the administrator answers
 * for the department's service as a whole.
 */
@Service
public class Ratings {

	/**
	 * 国办发〔2019〕51号 gives the applicant 7 days to rate: calendar days, as the text says
	 * days and not working days, so a holiday in between does not extend them.
	 */
	static final Duration TIME_TO_RATE = Duration.ofDays(7);

	/** The working days the department has to rectify a justified bad rating. */
	static final int RECTIFICATION_WORKING_DAYS = 15;

	static final int MAX_COMMENT = 500;

	static final int MAX_TEXT = 2000;

	static final String AUDITED = "RATING";

	private final RatingStore store;

	private final CaseFiles cases;

	private final CaseOfficers officers;

	private final WorkingDayCalendar calendar;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Audit audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Ratings(RatingStore store, CaseFiles cases, CaseOfficers officers, WorkingDayCalendar calendar,
			Notifications notifications, ApplicationEventPublisher events, Audit audit, Clock clock,
			TransactionTemplate transactions) {
		this.store = store;
		this.cases = cases;
		this.officers = officers;
		this.calendar = calendar;
		this.notifications = notifications;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(CaseEnded ended) {
		open(ended);
	}

	/**
	 * A case that ended with a decision or a refusal is due for a rating, tied to the
	 * step it ended at and to the officers who handled it; a withdrawn one is not.
	 */
	@Transactional
	void open(CaseEnded ended) {
		if (ended.outcome() == ApplicationStatus.WITHDRAWN || store.exists(ended.caseId())) {
			return;
		}
		Application application = cases.get(ended.caseId());
		List<Officer> handlers = officers.of(ended.caseId())
			.stream()
			.map(officer -> new Officer(officer.accountId(), officer.name(), officer.role(), officer.step()))
			.toList();
		String step = handlers.isEmpty() ? endStep(ended.outcome()) : handlers.get(handlers.size() - 1).step();
		store.insert(new Rating(UUID.randomUUID(), application.id(), ended.number(), application.applicantId(),
				application.matterCode(), application.matterName(), application.departmentCode(), step, ended.at(),
				ended.at().plus(TIME_TO_RATE), State.DUE, null, Set.of(), null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, handlers));
		audit.succeeded(AuditActor.PLATFORM, "rating.open", AUDITED, ended.number(),
				"due " + ended.at().plus(TIME_TO_RATE));
	}

	private static String endStep(ApplicationStatus outcome) {
		return (outcome == ApplicationStatus.REFUSED ? CaseStep.ACCEPTANCE : CaseStep.DECISION).name();
	}

	/**
	 * The rating of the applicant's own finished case.
	 * @throws NotFoundException for a case that is not theirs or not finished
	 */
	@Transactional
	public Rating mine(Actor applicant, String number) {
		Rating rating = own(applicant, number);
		audit.succeeded(applicant.audited(), "rating.read", AUDITED, number, null);
		return rating;
	}

	private Rating own(Actor applicant, String number) {
		return store.byNumber(number)
			.filter(rating -> rating.applicantId().equals(applicant.id()))
			.orElseThrow(() -> new NotFoundException("rating.notFound", number));
	}

	/**
	 * The applicant rates their finished case, once, within the 7 days; a bad rating goes
	 * to the supervision office to verify.
	 * @throws RefusedException (409) when it was rated already or the 7 days have passed
	 */
	@Transactional
	public Rating rate(Actor applicant, String number, Satisfaction level, Set<RatingReason> reasons, String comment) {
		return audited(applicant, "rating.rate", number, () -> {
			Rating rating = own(applicant, number);
			if (level == null) {
				throw new InvalidParameterException("satisfaction", "rating.satisfaction.missing");
			}
			if (reasons.stream().anyMatch(reason -> !reason.fits(level))) {
				throw new InvalidParameterException("reasons", "rating.reasons.notOfLevel");
			}
			String text = text("comment", comment, MAX_COMMENT);
			Instant now = clock.instant();
			if (rating.state() != State.DUE || now.isAfter(rating.dueAt())
					|| !store.rate(rating.id(), level, reasons, text, now)) {
				throw new RefusedException(Refusal.CONFLICT, "rating.rated", number);
			}
			events.publishEvent(new CaseRated(number, rating.matterCode(), rating.departmentCode(), level, false, now));
			return level.name();
		});
	}

	/**
	 * Records 基本满意 for every finished case not rated within its 7 days, each once even
	 * with several nodes: the row is claimed by its state.
	 * @return the numbers of the cases this call recorded (not those another node did)
	 */
	@Scheduled(fixedDelayString = "${tongban.participation.rating.scan-every:10m}",
			initialDelayString = "${tongban.participation.rating.scan-every:10m}")
	List<String> recordDefaults() {
		Instant now = clock.instant();
		List<String> recorded = new ArrayList<>();
		for (UUID id : store.dueBy(now)) {
			String number = transactions.execute(status -> {
				if (!store.recordDefault(id, now)) {
					return null;
				}
				Rating rating = store.get(id);
				events.publishEvent(new CaseRated(rating.number(), rating.matterCode(), rating.departmentCode(),
						Satisfaction.BASICALLY_SATISFIED, true, now));
				audit.succeeded(AuditActor.PLATFORM, "rating.default", AUDITED, rating.number(), null);
				return rating.number();
			});
			if (number != null) {
				recorded.add(number);
			}
		}
		return recorded;
	}

	/** The bad ratings waiting for the supervision office's verification. */
	@Transactional
	public List<Rating> toVerify(Actor supervisor) {
		requireRole(supervisor, Role.SUPERVISOR);
		audit.succeeded(supervisor.audited(), "rating.list", AUDITED, Verification.PENDING, null);
		return store.withVerification(Verification.PENDING);
	}

	/** The appeals waiting for the supervision office's decision. */
	@Transactional
	public List<Rating> appealsToDecide(Actor supervisor) {
		requireRole(supervisor, Role.SUPERVISOR);
		audit.succeeded(supervisor.audited(), "rating.list", AUDITED, Appeal.PENDING, null);
		return store.withAppeal(Appeal.PENDING);
	}

	/** A rating, as the supervision office or the department's administrator reads it. */
	@Transactional
	public Rating read(Actor staff, String number) {
		Rating rating = store.byNumber(number)
			.filter(found -> found.state() != State.DUE)
			.filter(found -> staff.has(Role.SUPERVISOR) || administers(staff, found))
			.orElseThrow(() -> new NotFoundException("rating.notFound", number));
		audit.succeeded(staff.audited(), "rating.read", AUDITED, number, null);
		return rating;
	}

	/**
	 * The supervision office's finding on a bad rating; a justified one is to be
	 * rectified by the department within {@value #RECTIFICATION_WORKING_DAYS} working
	 * days.
	 */
	@Transactional
	public Rating verify(Actor supervisor, String number, Verification finding, String reason) {
		return audited(supervisor, "rating.verify", number, () -> {
			requireRole(supervisor, Role.SUPERVISOR);
			Rating rating = apart(supervisor, number);
			if (finding == null || finding == Verification.PENDING) {
				throw new InvalidParameterException("finding", "rating.finding.missing");
			}
			String why = required("reason", reason);
			LocalDate due = finding == Verification.JUSTIFIED ? calendar.addWorkingDays(
					LocalDate.ofInstant(clock.instant(), clock.getZone()), RECTIFICATION_WORKING_DAYS) : null;
			if (!store.verify(rating.id(), finding, why, supervisor.id(), clock.instant(), due)) {
				throw new RefusedException(Refusal.CONFLICT, "rating.notToVerify", number);
			}
			return finding.name();
		});
	}

	/** The bad ratings of the administrator's departments, to rectify or to appeal. */
	@Transactional
	public List<Rating> ofDepartments(Actor admin) {
		requireRole(admin, Role.DEPARTMENT_ADMIN);
		List<String> departments = admin.roles()
			.stream()
			.filter(role -> role.role() == Role.DEPARTMENT_ADMIN)
			.map(DepartmentRole::department)
			.toList();
		audit.succeeded(admin.audited(), "rating.list", AUDITED, String.join(",", departments), null);
		return store.badOf(departments);
	}

	/**
	 * The department's reply on its rectification of a justified bad rating: written to
	 * the case, where the rater reads it, and told to them; they may rate it.
	 */
	@Transactional
	public Rating reply(Actor admin, String number, String reply) {
		return audited(admin, "rating.reply", number, () -> {
			Rating rating = ofDepartment(admin, number);
			String text = required("reply", reply);
			Instant now = clock.instant();
			if (!store.reply(rating.id(), text, admin.id(), now)) {
				throw new RefusedException(Refusal.CONFLICT, "rating.notToReply", number);
			}
			cases.writeAsDepartment(rating.caseId(), rating.departmentCode(), text, now);
			notifications.tell(new Recipient(rating.applicantId(), null, Locale.CHINA),
					CaseNotice.message(number, rating.matterName()));
			return null;
		});
	}

	/** The rater rates the department's rectification, once. */
	@Transactional
	public Rating rateRectification(Actor applicant, String number, Satisfaction level, String comment) {
		return audited(applicant, "rating.rateRectification", number, () -> {
			Rating rating = own(applicant, number);
			if (level == null) {
				throw new InvalidParameterException("satisfaction", "rating.satisfaction.missing");
			}
			String text = text("comment", comment, MAX_COMMENT);
			if (!rating.awaitsSecondRating() || !store.rateAgain(rating.id(), level, text, clock.instant())) {
				throw new RefusedException(Refusal.CONFLICT, "rating.notToRateAgain", number);
			}
			return level.name();
		});
	}

	/** The department appeals a rating it finds mistaken or malicious, once. */
	@Transactional
	public Rating appeal(Actor admin, String number, String reason) {
		return audited(admin, "rating.appeal", number, () -> {
			Rating rating = ofDepartment(admin, number);
			String why = required("reason", reason);
			if (!rating.satisfaction().isBad() || !store.appeal(rating.id(), why, admin.id(), clock.instant())) {
				throw new RefusedException(Refusal.CONFLICT, "rating.notToAppeal", number);
			}
			return null;
		});
	}

	/**
	 * The supervision office decides an appeal, by another supervisor than the one who
	 * verified the rating; an upheld appeal leaves the rating out of the rankings.
	 */
	@Transactional
	public Rating decideAppeal(Actor supervisor, String number, boolean upheld, String reason) {
		return audited(supervisor, "rating.decideAppeal", number, () -> {
			requireRole(supervisor, Role.SUPERVISOR);
			Rating rating = apart(supervisor, number);
			if (supervisor.id().equals(rating.verifiedBy())) {
				throw new RefusedException(Refusal.FORBIDDEN, "rating.verifiedBySelf", number);
			}
			String why = required("reason", reason);
			Appeal decision = upheld ? Appeal.UPHELD : Appeal.DISMISSED;
			if (!store.decideAppeal(rating.id(), decision, why, supervisor.id(), clock.instant())) {
				throw new RefusedException(Refusal.CONFLICT, "rating.notToDecide", number);
			}
			return decision.name();
		});
	}

	/**
	 * The departments' ranking of the ratings given or recorded from one day to another
	 * (both included): the average score of the ratings that count, best first, with
	 * their number and the share of bad ones.
	 */
	@Transactional(readOnly = true)
	public List<Ranking> departmentRanking(LocalDate from, LocalDate to) {
		return ranking(from, to, Rating::departmentCode, rating -> null);
	}

	/** The matters' ranking, as {@link #departmentRanking}. */
	@Transactional(readOnly = true)
	public List<Ranking> matterRanking(LocalDate from, LocalDate to) {
		return ranking(from, to, Rating::matterCode, Rating::matterName);
	}

	private List<Ranking> ranking(LocalDate from, LocalDate to, Function<Rating, String> key,
			Function<Rating, LocalizedText> name) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new InvalidParameterException("to", "rating.period.invalid");
		}
		Instant start = from.atStartOfDay(clock.getZone()).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		Map<String, List<Rating>> groups = store.givenBetween(start, end)
			.stream()
			.filter(Rating::counts)
			.collect(Collectors.groupingBy(key));
		return groups.entrySet()
			.stream()
			.map(group -> Ranking.of(group.getKey(), name.apply(group.getValue().get(0)),
					group.getValue().stream().map(Rating::satisfaction).toList()))
			.sorted(Comparator.comparing(Ranking::average)
				.reversed()
				.thenComparing(Comparator.comparing(Ranking::count).reversed())
				.thenComparing(Ranking::code))
			.toList();
	}

	private Rating ofDepartment(Actor admin, String number) {
		requireRole(admin, Role.DEPARTMENT_ADMIN);
		Rating rating = store.byNumber(number)
			.filter(found -> found.state() != State.DUE && administers(admin, found))
			.orElseThrow(() -> new NotFoundException("rating.notFound", number));
		requireApart(admin, rating);
		return rating;
	}

	private static boolean administers(Actor staff, Rating rating) {
		return staff.roles().contains(DepartmentRole.of(Role.DEPARTMENT_ADMIN, rating.departmentCode()));
	}

	private Rating apart(Actor staff, String number) {
		Rating rating = store.byNumber(number)
			.filter(found -> found.state() != State.DUE)
			.orElseThrow(() -> new NotFoundException("rating.notFound", number));
		requireApart(staff, rating);
		return rating;
	}

	private static void requireApart(Actor staff, Rating rating) {
		if (rating.concerns(staff.id())) {
			throw new RefusedException(Refusal.FORBIDDEN, "rating.ownCase", rating.number());
		}
	}

	private static void requireRole(Actor actor, Role role) {
		if (!actor.has(role)) {
			throw new RefusedException(Refusal.FORBIDDEN, "rating.notYours");
		}
	}

	private static String required(String parameter, String value) {
		String text = text(parameter, value, MAX_TEXT);
		if (text == null) {
			throw new InvalidParameterException(parameter, "rating.text.missing");
		}
		return text;
	}

	/** A text as given, trimmed; null when blank. */
	private static String text(String parameter, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new InvalidParameterException(parameter, "rating.text.tooLong", max);
		}
		return text;
	}

	/**
	 * Runs a change of a rating and audits it, refused or done; the change returns the
	 * audit's detail.
	 */
	private Rating audited(Actor actor, String action, String number, Supplier<String> change) {
		String detail;
		try {
			detail = change.get();
		}
		catch (RuntimeException refused) {
			audit.failed(actor.audited(), action, AUDITED, number, Audit.reason(refused));
			throw refused;
		}
		audit.succeeded(actor.audited(), action, AUDITED, number, detail);
		return store.byNumber(number).orElseThrow();
	}

}
