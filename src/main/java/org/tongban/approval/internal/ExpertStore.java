package org.tongban.approval.internal;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.approval.ExpertAssignment;
import org.tongban.approval.ExpertOutcome;
import org.tongban.shared.LocalizedText;

/**
 * The tables of expert review (R5.3): the experts' fields, each review of a case with the
 * materials it shares, and each expert assigned with their opinion.
 */
@Repository
class ExpertStore {

	private static final String ASSIGNMENTS = """
			select a.id, a.review_id, r.case_id, c.number, c.matter_name_zh, c.matter_name_en, r.question, r.started_at,
				r.ended_at, c.ended_at as case_ended_at, a.expert_id, a.expert_name, a.due_on, a.answered_at, a.outcome,
				a.opinion, a.attachment_id, a.attachment_name
			from approval_expert_assignment a join approval_expert_review r on r.id = a.review_id
				join approval_case c on c.id = r.case_id""";

	private final JdbcClient jdbc;

	ExpertStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<String> fields(UUID expertId) {
		return Set.copyOf(jdbc.sql("select theme_code from approval_expert_field where expert_id = :expert")
			.param("expert", expertId)
			.query(String.class)
			.list());
	}

	/** The experts of any of the fields, each once. */
	List<UUID> expertsOf(Collection<String> themeCodes) {
		if (themeCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(
				"select distinct expert_id from approval_expert_field where theme_code in (:themes) order by expert_id")
			.param("themes", themeCodes)
			.query(UUID.class)
			.list();
	}

	void setFields(UUID expertId, Collection<String> themeCodes) {
		jdbc.sql("delete from approval_expert_field where expert_id = :expert").param("expert", expertId).update();
		Set.copyOf(themeCodes)
			.forEach(theme -> jdbc
				.sql("insert into approval_expert_field (expert_id, theme_code) values (:expert, :theme)")
				.param("expert", expertId)
				.param("theme", theme)
				.update());
	}

	UUID startReview(UUID caseId, String step, String question, UUID startedBy, Instant at,
			Collection<UUID> materials) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into approval_expert_review (id, case_id, step, question, started_by, started_at)
				values (:id, :caseId, :step, :question, :startedBy, :at)""")
			.param("id", id)
			.param("caseId", caseId)
			.param("step", step)
			.param("question", question)
			.param("startedBy", startedBy)
			.param("at", column(at))
			.update();
		Set.copyOf(materials)
			.forEach(attachment -> jdbc
				.sql("insert into approval_expert_material (review_id, attachment_id) values (:review, :attachment)")
				.param("review", id)
				.param("attachment", attachment)
				.update());
		return id;
	}

	void assign(UUID reviewId, UUID expertId, String expertName, LocalDate dueOn) {
		jdbc.sql("""
				insert into approval_expert_assignment (id, review_id, expert_id, expert_name, due_on)
				values (:id, :review, :expert, :name, :dueOn)""")
			.param("id", UUID.randomUUID())
			.param("review", reviewId)
			.param("expert", expertId)
			.param("name", expertName)
			.param("dueOn", dueOn)
			.update();
	}

	/** The review of the case under way ends, if one is. */
	void endReview(UUID caseId, Instant at) {
		jdbc.sql("update approval_expert_review set ended_at = :at where case_id = :caseId and ended_at is null")
			.param("at", column(at))
			.param("caseId", caseId)
			.update();
	}

	void answer(UUID assignmentId, ExpertOutcome outcome, String opinion, Instant at, UUID attachmentId,
			String attachmentName) {
		jdbc.sql("""
				update approval_expert_assignment set answered_at = :at, outcome = :outcome, opinion = :opinion,
					attachment_id = :attachment, attachment_name = :attachmentName
				where id = :id and answered_at is null""")
			.param("at", column(at))
			.param("outcome", outcome.name())
			.param("opinion", opinion)
			.param("attachment", attachmentId)
			.param("attachmentName", attachmentName)
			.param("id", assignmentId)
			.update();
	}

	/** Whether every expert of the review has given their opinion. */
	boolean allAnswered(UUID reviewId) {
		return jdbc
			.sql("select count(*) from approval_expert_assignment where review_id = :review and answered_at is null")
			.param("review", reviewId)
			.query(Integer.class)
			.single() == 0;
	}

	/** The expert's latest assignment on the case of that number. */
	Optional<Assignment> latest(UUID expertId, String number) {
		return jdbc.sql(ASSIGNMENTS + " where a.expert_id = :expert and c.number = :number order by r.started_at desc")
			.param("expert", expertId)
			.param("number", number)
			.query(ExpertStore::assignment)
			.list()
			.stream()
			.findFirst();
	}

	List<Assignment> ofExpert(UUID expertId) {
		return jdbc.sql(ASSIGNMENTS + " where a.expert_id = :expert order by r.started_at desc, c.number")
			.param("expert", expertId)
			.query(ExpertStore::assignment)
			.list();
	}

	List<Assignment> ofCase(UUID caseId) {
		return jdbc.sql(ASSIGNMENTS + " where r.case_id = :caseId order by r.started_at, a.expert_name")
			.param("caseId", caseId)
			.query(ExpertStore::assignment)
			.list();
	}

	/** The materials a review shares with its experts. */
	Set<UUID> materials(UUID reviewId) {
		return Set.copyOf(jdbc.sql("select attachment_id from approval_expert_material where review_id = :review")
			.param("review", reviewId)
			.query(UUID.class)
			.list());
	}

	/** The files experts gave with their opinions on the case. */
	Set<UUID> opinionFiles(UUID caseId) {
		return Set.copyOf(jdbc
			.sql("""
					select a.attachment_id from approval_expert_assignment a join approval_expert_review r on r.id = a.review_id
					where r.case_id = :caseId and a.attachment_id is not null""")
			.param("caseId", caseId)
			.query(UUID.class)
			.list());
	}

	private static Assignment assignment(ResultSet row, int rowNum) throws SQLException {
		String outcome = row.getString("outcome");
		Instant answeredAt = instant(row, "answered_at");
		boolean open = answeredAt == null && instant(row, "ended_at") == null && instant(row, "case_ended_at") == null;
		var opinion = answeredAt == null ? null
				: new ExpertAssignment.Opinion(ExpertOutcome.valueOf(outcome), row.getString("opinion"), answeredAt,
						row.getObject("attachment_id", UUID.class), row.getString("attachment_name"));
		return new Assignment(row.getObject("review_id", UUID.class), row.getObject("case_id", UUID.class),
				new ExpertAssignment(row.getObject("id", UUID.class), row.getString("number"),
						LocalizedText.of(row.getString("matter_name_zh"), row.getString("matter_name_en")),
						row.getObject("expert_id", UUID.class), row.getString("expert_name"),
						row.getObject("due_on", LocalDate.class), instant(row, "started_at"), row.getString("question"),
						open, opinion));
	}

	/** An assignment with the review and case it belongs to. */
	record Assignment(UUID reviewId, UUID caseId, ExpertAssignment assignment) {
	}

}
