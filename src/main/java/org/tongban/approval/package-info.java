/**
 * The staff side of an application, the case (办件, R4, R5): processes on Flowable started
 * by {@link org.tongban.application.ApplicationSubmitted}, the work queue of a
 * department's roles, acceptance, correction notices, review with send-back, special
 * periods, extension and the decision, each recorded with actor, time and opinion, with
 * the notices and decision documents they produce; and the stages of bundles run in
 * parallel across departments, which their lead department oversees
 * ({@link org.tongban.approval.bundles}). Other modules and the pages see
 * {@link org.tongban.approval.CaseWork} and {@link org.tongban.approval.CaseDiagrams} (a
 * case's process as drawn).
 * <p>
 * Expert review (专家评审, R5.3) is a special period of its own: a reviewer at a review step
 * asks experts of the pool, whose fields (专业领域) are the catalogue's themes and who fit a
 * case when one of them is a theme of its matter; the clock pauses until the last
 * opinion. The experts' side is {@link org.tongban.approval.ExpertReviews}, with its
 * pages and API in {@code approval.experts}.
 * <p>
 * Acceptance with gaps (容缺受理, R4.3, R15.6) is acceptance on the same route of the
 * process, without materials the version lets follow, by a supply day the platform bounds
 * on the working-day calendar; never for an applicant with a credit record in force, who
 * is asked for them in the correction notice instead. A scan on every node flags a case
 * whose gaps are not supplied by their day to the reviewer, writes the credit record and
 * tells the applicant, once.
 *
 * <h2>Process models</h2> The models ship in {@code src/main/resources/processes}
 * ({@code approval-standard}, {@code approval-with-inspection}); an administrator may
 * deploy a matter's own model ({@link org.tongban.approval.processes.ProcessModels}).
 * Every model follows these conventions, which the case work relies on:
 * <ul>
 * <li>Each user task names its step code in {@code flowable:category}: a working step of
 * {@link org.tongban.application.CaseStep}, {@code ACCEPTANCE}, {@code REVIEW},
 * {@code INITIAL_REVIEW}, {@code INSPECTION}, {@code RE_REVIEW} or {@code DECISION}. Task
 * ids are free (the shipped models use the step in lower camel case, and
 * {@code acceptanceAfterCorrection} for acceptance after a correction). The case, its
 * step clock and the applicant's timeline enter a task's step when the task is
 * created.</li>
 * <li>Candidate groups are {@code dept:${departmentCode}:window_clerk} (acceptance),
 * {@code ...:reviewer} (review steps and inspection) and {@code ...:approver} (decision):
 * whoever holds one may claim and act on the task.</li>
 * <li>An exclusive gateway right after a user task routes on the process variable
 * {@code route}, one sequence flow per value with the condition {@code ${route ==
 * 'VALUE'}}. The values, and so the actions a step offers: {@code ACCEPT} and
 * {@code REFUSE} (accept, refuse), {@code CORRECTION} (a correction notice: the flow
 * leads to an intermediate catch event of the message {@code applicationCorrected} and
 * from there back to the step that asked), {@code FORWARD} (review), {@code GRANT} and
 * {@code DENY} (decide), and the step code of an earlier user task to send the case back
 * to it (the flow leads to that task, or to an exclusive gateway that joins the flows in
 * front of it).</li>
 * <li>The first acceptance task carries an interrupting boundary timer
 * {@code id="acceptanceDeadline"} with {@code <timeDate>${acceptanceDeadline}} leading to
 * a service task {@code flowable:delegateExpression="${deemedAcceptance}"} and on to the
 * first review step: art. 32's deemed acceptance. Acceptance after a correction has no
 * timer and no {@code CORRECTION} route (one notice only, 一次性告知). The timer is dated
 * again whenever the calendar changes the clock's dates
 * ({@link org.tongban.supervision.ClockDatesChanged}).</li>
 * <li>Process variables set at the start: {@code caseId} (the application's id),
 * {@code number}, {@code departmentCode}, {@code matterCode}, {@code acceptanceDeadline}
 * (a date: the start of the day after the acceptance step's due day, from the legal
 * clock).</li>
 * <li>Expressions, wherever they are, compare these variables and {@code route} with
 * literals ({@code == != < > <= >=}, {@code and}, {@code or}, {@code not}, {@code empty},
 * parentheses) and nothing else; a delegate expression names {@code deemedAcceptance},
 * the one bean the engine resolves for models (R12.8: no other bean, no method or
 * property, see {@link org.tongban.approval.processes.ProcessModels}).</li>
 * <li>The file carries its diagram (BPMN DI) for every element, so that it opens in any
 * modeler and the case page can draw where a case stands; the shipped models pass
 * bpmnlint's recommended rules ({@code lint/}).</li>
 * </ul>
 *
 * <h2>Bundle models</h2> A bundle (一件事, R5.2) runs its stages on a model of its own
 * ({@code processes/bundles/bundle-<code>.bpmn20.xml}, process id the bundle's code,
 * uploaded and versioned like a matter's), started when
 * {@link org.tongban.application.BundleSubmitted} arrives
 * ({@link org.tongban.approval.bundles}):
 * <ul>
 * <li>No user task: each member matter is a {@code receiveTask} whose id is the matter's
 * code, with the execution start listener
 * {@code flowable:delegateExpression="${bundleMember}"} that opens the member
 * ({@link org.tongban.application.BundleFiles#open}); the task waits until the member's
 * case ends ({@link org.tongban.approval.CaseEnded}). Every item of the bundle is there
 * exactly once.</li>
 * <li>The members of a stage sit between a parallel fork and join; after each stage's
 * join an exclusive gateway routes on the variable {@code denied}: {@code ${denied ==
 * true}} (a member was not granted) to an end that stops the later stages, else by its
 * default flow to the next stage.</li>
 * <li>Process variables: {@code bundleId}, {@code number}, {@code denied}. The same
 * expression rules hold; {@code bundleMember} is the one delegate a bundle model names,
 * and a matter's model may not name it.</li>
 * <li>When the process ends, the members still waiting are stopped, the applicant's side
 * finishes the bundle and the bundle's own clock (joint handling, 45 working days or the
 * bundle's committed limit, R15.3) stops.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approval")
package org.tongban.approval;
