/**
 * Electronic supervision (电子监察): the official working-day calendar by which legal time
 * limits are counted, the legal clocks of cases and their steps, the deadline warnings
 * and the audit trail. Other modules count working days through
 * {@link org.tongban.supervision.WorkingDayCalendar} and keep case clocks through
 * {@link org.tongban.supervision.CaseClocks}, and record the actions that matter in the
 * tamper-evident audit trail through {@link org.tongban.shared.audit.AuditTrail}: an
 * {@link org.tongban.shared.audit.AuditEntry} is written in the caller's transaction,
 * into one of several HMAC chains, whose heads are signed periodically into anchors
 * outside the database; {@link org.tongban.supervision.audit.AuditVerifier} finds what
 * was changed (see {@code supervision.audit}). A clock that nears or passes its due day
 * is warned once per level ({@link org.tongban.supervision.DeadlineWarned}, see
 * {@code supervision.warning}), by the yellow days of its matter version; a case that
 * stays red climbs the escalation ladder, to the department's head and then to the
 * supervision office, once per rung ({@link org.tongban.supervision.DeadlineEscalated}).
 * A case clock that goes red opens an accountability record that the department answers
 * and the supervisor finds on ({@code supervision.accountability}); the approval side
 * tells who handles a step through {@link org.tongban.supervision.CaseHandlers}. What
 * other modules owe by a due day that is not a case (answers to complaints,
 * rectifications of bad ratings) they list through
 * {@link org.tongban.supervision.DueItems}: it is warned of and escalated as cases are
 * ({@link org.tongban.supervision.DueItemWarned},
 * {@link org.tongban.supervision.DueItemEscalated}) and shown with the console's
 * warnings. Requirements R8, R10.1, R15.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.tongban.supervision;
