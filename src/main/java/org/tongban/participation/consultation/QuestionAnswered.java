package org.tongban.participation.consultation;

import java.util.UUID;

/** A department answered a question: its asker is told after the answer commits. */
record QuestionAnswered(UUID questionId) {
}
