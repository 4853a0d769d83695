package org.tongban.participation.feedback;

import java.util.UUID;

/** The department answered feedback: the filer is told after the answer commits. */
record FeedbackAnswered(UUID feedbackId, String number) {
}
