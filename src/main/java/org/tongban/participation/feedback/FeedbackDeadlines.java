package org.tongban.participation.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.identity.Role;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.DueItems;

/**
 * The answers departments owe to complaints, suggestions and reports (R10.1), for the
 * supervision office's warnings and escalation (R8.3): whatever awaits an answer, open or
 * reopened, by its current due day. The department's reviewers answer it (with its
 * approvers) from their queue; the supervision office reads it in the overdue list.
 */
@Component
class FeedbackDeadlines implements DueItems {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	FeedbackDeadlines(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<DueItem> dueBy(LocalDate lastDay) {
		return jdbc.sql("""
				select number, kind, department_code, due_on from participation_feedback
				where status in ('OPEN', 'REOPENED') and due_on <= :lastDay
				order by due_on, number""")
			.param("lastDay", lastDay)
			.query((row, n) -> new DueItem(Kind.FEEDBACK, row.getString("number"), row.getString("department_code"),
					kind(row.getString("kind")), row.getObject("due_on", LocalDate.class),
					List.of(Role.REVIEWER, Role.APPROVER), StaffFeedbackPages.QUEUE + "/" + row.getString("number"),
					StaffFeedbackPages.OVERDUE))
			.list();
	}

	/** 投诉, 建议 or 举报, in both languages. */
	private LocalizedText kind(String kind) {
		String key = "feedback.kind." + kind;
		return LocalizedText.of(messages.getMessage(key, null, Locale.CHINA),
				messages.getMessage(key, null, Locale.ENGLISH));
	}

}
