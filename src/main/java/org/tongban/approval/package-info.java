/**
 * The staff side of an application, the case (办件, R4, R5): processes on Flowable started by
 * {@link org.tongban.application.ApplicationSubmitted}, the work queue of a department's roles, acceptance, correction
 * notices, review with send-back, special periods, extension and the decision, each recorded with actor, time and
 * opinion, with the notices and decision documents they produce. Other modules and the pages see
 * {@link org.tongban.approval.CaseWork}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approval")
package org.tongban.approval;
