package org.tongban.participation.rating;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.PublicQuery;
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

	private final Clock clock;

	VisitRatings(PublicQuery receipts, JdbcClient jdbc, Audit audit, Clock clock) {
		this.receipts = receipts;
		this.jdbc = jdbc;
		this.audit = audit;
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

	private static Set<RatingReason> reasons(String stored) {
		return stored == null || stored.isEmpty() ? Set.of()
				: Arrays.stream(stored.split(",")).map(RatingReason::valueOf).collect(Collectors.toSet());
	}

}
