package org.tongban.participation.rating;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.participation.Satisfaction;
import org.tongban.participation.rating.Rating.Appeal;
import org.tongban.participation.rating.Rating.Officer;
import org.tongban.participation.rating.Rating.State;
import org.tongban.participation.rating.Rating.Verification;
import org.tongban.shared.LocalizedText;

/**
 * The ratings' tables. Every change is guarded by the state it changes, so that of two
 * nodes or two clicks only one changes it.
 */
@Repository
class RatingStore {

	private final JdbcClient jdbc;

	RatingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID caseId) {
		return jdbc.sql("select count(*) from participation_rating where case_id = :caseId")
			.param("caseId", caseId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Rating rating) {
		jdbc.sql(
				"""
						insert into participation_rating (id, case_id, number, applicant_id, matter_code, matter_name_zh,
							matter_name_en, department_code, step, ended_at, due_at, state)
						values (:id, :caseId, :number, :applicantId, :matterCode, :nameZh, :nameEn, :department, :step, :endedAt,
							:dueAt, 'DUE')""")
			.param("id", rating.id())
			.param("caseId", rating.caseId())
			.param("number", rating.number())
			.param("applicantId", rating.applicantId())
			.param("matterCode", rating.matterCode())
			.param("nameZh", rating.matterName().zh())
			.param("nameEn", rating.matterName().en())
			.param("department", rating.departmentCode())
			.param("step", rating.step())
			.param("endedAt", column(rating.endedAt()))
			.param("dueAt", column(rating.dueAt()))
			.update();
		for (int order = 0; order < rating.officers().size(); order++) {
			Officer officer = rating.officers().get(order);
			jdbc.sql("""
					insert into participation_rating_officer (rating_id, account_id, officer_name, officer_role, step,
						officer_order)
					values (:ratingId, :accountId, :name, :role, :step, :order)""")
				.param("order", order)
				.param("ratingId", rating.id())
				.param("accountId", officer.accountId())
				.param("name", officer.name())
				.param("role", officer.role())
				.param("step", officer.step())
				.update();
		}
	}

	Optional<Rating> byNumber(String number) {
		return one("number = :key", number);
	}

	Optional<Rating> byCase(UUID caseId) {
		return one("case_id = :key", caseId);
	}

	/** The ratings still due whose 7 days ended by {@code now}, the oldest first. */
	List<UUID> dueBy(Instant now) {
		return jdbc.sql("select id from participation_rating where state = 'DUE' and due_at <= :now order by due_at")
			.param("now", column(now))
			.query(UUID.class)
			.list();
	}

	/**
	 * Ratings in a verification state, or with an appeal in a state, of every department.
	 */
	List<Rating> withVerification(Verification verification) {
		return many("verification = :key", verification.name());
	}

	List<Rating> withAppeal(Appeal appeal) {
		return many("appeal = :key", appeal.name());
	}

	/** The bad ratings of a department, the newest first. */
	List<Rating> badOf(Collection<String> departments) {
		return departments.isEmpty() ? List.of()
				: many("verification is not null and department_code in (:key)", departments);
	}

	/** The justified bad ratings not yet replied to, the earliest due first. */
	List<Rating> unreplied() {
		return jdbc.sql("""
				select * from participation_rating where verification = 'JUSTIFIED' and reply is null
				order by rectification_due, number""").query(this::row).list();
	}

	/**
	 * The justified bad ratings not yet replied to whose rectification is due by
	 * {@code lastDay}, for the supervision office's warnings.
	 */
	List<Rating> unrepliedDueBy(LocalDate lastDay) {
		return jdbc.sql("""
				select * from participation_rating where verification = 'JUSTIFIED' and reply is null
					and rectification_due <= :lastDay
				order by rectification_due, number""").param("lastDay", lastDay).query(this::row).list();
	}

	/** The ratings given or recorded in a period, for the rankings. */
	List<Rating> givenBetween(Instant from, Instant to) {
		return jdbc.sql("""
				select * from participation_rating where state <> 'DUE' and rated_at >= :from and rated_at < :to""")
			.param("from", column(from))
			.param("to", column(to))
			.query(this::row)
			.list();
	}

	/** Records the applicant's rating, if still due. */
	boolean rate(UUID id, Satisfaction satisfaction, Set<RatingReason> reasons, String comment, Instant at) {
		return jdbc.sql("""
				update participation_rating set state = 'RATED', satisfaction = :satisfaction, reasons = :reasons,
					rating_comment = :comment, rated_at = :at, verification = :verification
				where id = :id and state = 'DUE'""")
			.param("id", id)
			.param("satisfaction", satisfaction.name())
			.param("reasons", reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("comment", comment)
			.param("at", column(at))
			.param("verification", satisfaction.isBad() ? Verification.PENDING.name() : null)
			.update() == 1;
	}

	/** Records 基本满意 by default, if the rating is still due: the claim of one node. */
	boolean recordDefault(UUID id, Instant at) {
		return jdbc.sql("""
				update participation_rating set state = 'DEFAULTED', satisfaction = :satisfaction, rated_at = :at
				where id = :id and state = 'DUE'""")
			.param("id", id)
			.param("satisfaction", Satisfaction.BASICALLY_SATISFIED.name())
			.param("at", column(at))
			.update() == 1;
	}

	boolean verify(UUID id, Verification verification, String reason, UUID by, Instant at, LocalDate rectificationDue) {
		return jdbc.sql("""
				update participation_rating set verification = :verification, verification_reason = :reason,
					verified_by = :by, verified_at = :at, rectification_due = :due
				where id = :id and verification = 'PENDING'""")
			.param("id", id)
			.param("verification", verification.name())
			.param("reason", reason)
			.param("by", by)
			.param("at", column(at))
			.param("due", rectificationDue)
			.update() == 1;
	}

	boolean reply(UUID id, String reply, UUID by, Instant at) {
		return jdbc.sql("""
				update participation_rating set reply = :reply, replied_by = :by, replied_at = :at
				where id = :id and verification = 'JUSTIFIED' and reply is null""")
			.param("id", id)
			.param("reply", reply)
			.param("by", by)
			.param("at", column(at))
			.update() == 1;
	}

	boolean rateAgain(UUID id, Satisfaction satisfaction, String comment, Instant at) {
		return jdbc.sql("""
				update participation_rating set second_satisfaction = :satisfaction, second_comment = :comment,
					second_rated_at = :at
				where id = :id and reply is not null and second_satisfaction is null""")
			.param("id", id)
			.param("satisfaction", satisfaction.name())
			.param("comment", comment)
			.param("at", column(at))
			.update() == 1;
	}

	boolean appeal(UUID id, String reason, UUID by, Instant at) {
		return jdbc.sql("""
				update participation_rating set appeal = 'PENDING', appeal_reason = :reason, appealed_by = :by,
					appealed_at = :at
				where id = :id and appeal is null""")
			.param("id", id)
			.param("reason", reason)
			.param("by", by)
			.param("at", column(at))
			.update() == 1;
	}

	boolean decideAppeal(UUID id, Appeal decision, String reason, UUID by, Instant at) {
		return jdbc.sql("""
				update participation_rating set appeal = :decision, appeal_decision = :reason, appeal_decided_by = :by,
					appeal_decided_at = :at
				where id = :id and appeal = 'PENDING'""")
			.param("id", id)
			.param("decision", decision.name())
			.param("reason", reason)
			.param("by", by)
			.param("at", column(at))
			.update() == 1;
	}

	Rating get(UUID id) {
		return one("id = :key", id).orElseThrow();
	}

	private Optional<Rating> one(String where, Object key) {
		return many(where, key).stream().findFirst();
	}

	private List<Rating> many(String where, Object key) {
		var query = jdbc.sql("select * from participation_rating where " + where + " order by ended_at desc");
		if (key != null) {
			query = query.param("key", key);
		}
		List<Rating> found = query.query(this::row).list();
		return found.stream().map(this::withOfficers).toList();
	}

	private Rating withOfficers(Rating rating) {
		return rating.handledBy(jdbc.sql("""
				select account_id, officer_name, officer_role, step from participation_rating_officer
				where rating_id = :id order by officer_order""")
			.param("id", rating.id())
			.query((row, rowNum) -> new Officer(row.getObject("account_id", UUID.class), row.getString("officer_name"),
					row.getString("officer_role"), row.getString("step")))
			.list());
	}

	private Rating row(ResultSet row, int rowNum) throws SQLException {
		String reasons = row.getString("reasons");
		return new Rating(row.getObject("id", UUID.class), row.getObject("case_id", UUID.class),
				row.getString("number"), row.getObject("applicant_id", UUID.class), row.getString("matter_code"),
				LocalizedText.of(row.getString("matter_name_zh"), row.getString("matter_name_en")),
				row.getString("department_code"), row.getString("step"), instant(row, "ended_at"),
				instant(row, "due_at"), State.valueOf(row.getString("state")), level(row.getString("satisfaction")),
				reasons == null || reasons.isEmpty() ? EnumSet.noneOf(RatingReason.class)
						: Arrays.stream(reasons.split(",")).map(RatingReason::valueOf).collect(Collectors.toSet()),
				row.getString("rating_comment"), instant(row, "rated_at"),
				row.getString("verification") == null ? null : Verification.valueOf(row.getString("verification")),
				row.getString("verification_reason"), row.getObject("verified_by", UUID.class),
				instant(row, "verified_at"), row.getObject("rectification_due", LocalDate.class),
				row.getString("reply"), row.getObject("replied_by", UUID.class), instant(row, "replied_at"),
				level(row.getString("second_satisfaction")), row.getString("second_comment"),
				instant(row, "second_rated_at"),
				row.getString("appeal") == null ? null : Appeal.valueOf(row.getString("appeal")),
				row.getString("appeal_reason"), row.getObject("appealed_by", UUID.class), instant(row, "appealed_at"),
				row.getString("appeal_decision"), row.getObject("appeal_decided_by", UUID.class),
				instant(row, "appeal_decided_at"), List.of());
	}

	private static Satisfaction level(String name) {
		return name == null ? null : Satisfaction.valueOf(name);
	}

}
