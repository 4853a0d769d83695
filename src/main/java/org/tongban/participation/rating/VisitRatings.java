package org.tongban.participation.rating;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.PublicQuery;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.participation.Satisfaction;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;

/**
 * The rating of a visit to the integrated window (好差评, R15.8) by whoever holds the
 * receipt the clerk handed over: its number and query code, no log-in; once per visit,
 * tied to the clerk who registered the application. A wrong code gets the same answer as
 * an unknown number, so that the page tells nothing about which numbers exist.
 * <p>
 * A bad visit rating is recorded and counted per clerk, but does not enter the
 * verification loop of {@link Ratings}: that loop ends with a reply to the rater and
 * their second rating, which needs a rater the platform knows, and the holder of a
 * receipt is anonymous.
 */
@Service
public class VisitRatings {

	private final PublicQuery receipts;

	private final JdbcClient jdbc;

	private final Audit audit;

	private final Accounts accounts;

	private final Clock clock;

	VisitRatings(PublicQuery receipts, JdbcClient jdbc, Audit audit, Accounts accounts, Clock clock) {
		this.receipts = receipts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A visit rating as recorded. */
	public record VisitRating(String number, UUID clerkId, Satisfaction satisfaction, Set<RatingReason> reasons,
			String comment, Instant ratedAt) {
	}

	/**
	 * Rates the visit of the receipt, once.
	 * @throws NotFoundException for a wrong number or code alike
	 * @throws RefusedException (409) when the visit was rated already
	 */
	@Transactional
	public VisitRating rate(String number, String queryCode, Satisfaction level, Set<RatingReason> reasons,
			String comment) {
		String given = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
		try {
			UUID clerk = receipts.windowClerk(given, queryCode)
				.orElseThrow(() -> new NotFoundException("rating.visit.notFound"));
			if (level == null) {
				throw new InvalidParameterException("satisfaction", "rating.satisfaction.missing");
			}
			if (reasons.stream().anyMatch(reason -> !reason.fits(level))) {
				throw new InvalidParameterException("reasons", "rating.reasons.notOfLevel");
			}
			String text = comment == null || comment.isBlank() ? null : comment.strip();
			if (text != null && text.length() > Ratings.MAX_COMMENT) {
				throw new InvalidParameterException("comment", "rating.text.tooLong", Ratings.MAX_COMMENT);
			}
			if (of(given).isPresent()) {
				throw new RefusedException(Refusal.CONFLICT, "rating.visit.rated", given);
			}
			VisitRating rating = new VisitRating(given, clerk, level, reasons, text, clock.instant());
			try {
				jdbc.sql("""
						insert into participation_rating_visit (number, clerk_id, satisfaction, reasons, rating_comment,
						rated_at) values (:number, :clerk, :satisfaction, :reasons, :comment, :at)""")
					.param("number", given)
					.param("clerk", clerk)
					.param("satisfaction", level.name())
					.param("reasons", reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
					.param("comment", text)
					.param("at", Timestamp.from(rating.ratedAt()))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Rated at the same moment from another device.
				throw new RefusedException(Refusal.CONFLICT, "rating.visit.rated", given);
			}
			audit.succeeded(AuditActor.ANONYMOUS, "rating.visit", Ratings.AUDITED, given, level.name());
			return rating;
		}
		catch (RuntimeException refused) {
			audit.failed(AuditActor.ANONYMOUS, "rating.visit", Ratings.AUDITED, given, Audit.reason(refused));
			throw refused;
		}
	}

	/** The visit rating of a receipt's number, if given. */
	public Optional<VisitRating> of(String number) {
		return jdbc.sql("select * from participation_rating_visit where number = :number")
			.param("number", number)
			.query((row, at) -> new VisitRating(row.getString("number"), row.getObject("clerk_id", UUID.class),
					Satisfaction.valueOf(row.getString("satisfaction")), reasons(row.getString("reasons")),
					row.getString("rating_comment"), row.getTimestamp("rated_at").toInstant()))
			.optional();
	}

	/**
	 * The window visits rated in a period (both days included), per clerk, for the
	 * supervision office (every clerk) or a department's administrator (the clerks who
	 * keep a window of their departments): each clerk's count by level and share of bad
	 * ones, and the bad ratings with their reasons and day. Nothing of the raters: no
	 * number of a receipt, no comment, which may name somebody. Audited, as it names the
	 * clerks.
	 * @throws RefusedException (403) for anybody else
	 */
	@Transactional
	public ClerkRatings byClerk(Actor viewer, LocalDate from, LocalDate to) {
		String scope = viewer.has(Role.SUPERVISOR) ? "*"
				: viewer.roles()
					.stream()
					.filter(role -> role.role() == Role.DEPARTMENT_ADMIN)
					.map(DepartmentRole::department)
					.sorted()
					.collect(Collectors.joining(","));
		String period = from + ".." + to;
		try {
			if (scope.isEmpty()) {
				throw new RefusedException(Refusal.FORBIDDEN, "rating.notYours");
			}
			if (from == null || to == null || to.isBefore(from)) {
				throw new InvalidParameterException("to", "rating.period.invalid");
			}
			Map<UUID, Actor> clerks = new HashMap<>();
			List<Rated> rated = jdbc.sql("""
					select clerk_id, satisfaction, reasons, rated_at from participation_rating_visit
					where rated_at >= :from and rated_at < :to order by rated_at desc, number""")
				.param("from", Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()))
				.param("to", Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
				.query((row, at) -> new Rated(row.getObject("clerk_id", UUID.class),
						Satisfaction.valueOf(row.getString("satisfaction")), reasons(row.getString("reasons")),
						LocalDate.ofInstant(row.getTimestamp("rated_at").toInstant(), clock.getZone())))
				.list()
				.stream()
				.filter(rating -> clerks.computeIfAbsent(rating.clerkId(), this::clerk) != null
						&& keepsWindowOf(clerks.get(rating.clerkId()), scope))
				.toList();
			var byClerk = rated.stream().collect(Collectors.groupingBy(Rated::clerkId));
			List<ClerkTally> tallies = byClerk.entrySet()
				.stream()
				.map(clerk -> ClerkTally.of(clerks.get(clerk.getKey()).name(),
						clerk.getValue().stream().map(Rated::satisfaction).toList()))
				.sorted(Comparator.comparing(ClerkTally::badShare)
					.reversed()
					.thenComparing(Comparator.comparing(ClerkTally::total).reversed())
					.thenComparing(ClerkTally::clerk))
				.toList();
			List<BadVisit> bad = rated.stream()
				.filter(rating -> rating.satisfaction().isBad())
				.map(rating -> new BadVisit(clerks.get(rating.clerkId()).name(), rating.satisfaction(),
						rating.reasons().stream().sorted().toList(), rating.ratedOn()))
				.toList();
			audit.succeeded(viewer.audited(), "rating.visitsByClerk", Ratings.AUDITED, scope, period);
			return new ClerkRatings(tallies, bad);
		}
		catch (RuntimeException refused) {
			audit.failed(viewer.audited(), "rating.visitsByClerk", Ratings.AUDITED, scope, Audit.reason(refused));
			throw refused;
		}
	}

	/** The clerk's account, disabled ones too: they did the work rated then. */
	private Actor clerk(UUID id) {
		return accounts.actor(id).orElse(null);
	}

	/** Whether the clerk keeps a window of a department of the scope ("*": any). */
	private static boolean keepsWindowOf(Actor clerk, String scope) {
		return "*".equals(scope) || clerk.roles()
			.stream()
			.anyMatch(role -> role.role() == Role.WINDOW_CLERK
					&& Arrays.asList(scope.split(",")).contains(role.department()));
	}

	private record Rated(UUID clerkId, Satisfaction satisfaction, Set<RatingReason> reasons, LocalDate ratedOn) {
	}

	/**
	 * The visit ratings of a period as {@link #byClerk} reads them.
	 *
	 * @param clerks each clerk's tally, the largest share of bad ratings first
	 * @param bad the bad ratings, the newest first
	 */
	public record ClerkRatings(List<ClerkTally> clerks, List<BadVisit> bad) {
	}

	/**
	 * A clerk's rated visits.
	 *
	 * @param counts the number of ratings at each level, in the order of
	 * {@link Satisfaction}
	 * @param badShare the share of bad ratings, 0 to 1, to four decimals
	 */
	public record ClerkTally(String clerk, List<Integer> counts, int total, int bad, double badShare) {

		static ClerkTally of(String clerk, List<Satisfaction> levels) {
			int total = levels.size();
			int bad = (int) levels.stream().filter(Satisfaction::isBad).count();
			return new ClerkTally(clerk,
					Arrays.stream(Satisfaction.values())
						.map(level -> (int) levels.stream().filter(level::equals).count())
						.toList(),
					total, bad, Math.round(bad * 10000.0 / total) / 10000.0);
		}

	}

	/** A bad visit rating as the clerk's superiors read it: no number, no comment. */
	public record BadVisit(String clerk, Satisfaction satisfaction, List<RatingReason> reasons, LocalDate ratedOn) {
	}

	private static Set<RatingReason> reasons(String stored) {
		return stored == null || stored.isEmpty() ? Set.of()
				: Arrays.stream(stored.split(",")).map(RatingReason::valueOf).collect(Collectors.toSet());
	}

}
