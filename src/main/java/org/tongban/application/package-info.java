/**
 * The applicant's side of an application (申请, R3, R7): drafts made from the matter's form and pre-filled with the
 * data the government holds, materials, idempotent submission with a receipt, withdrawal, the timeline and the public
 * status query. Other modules see {@link org.tongban.application.Applications} and the events
 * {@link org.tongban.application.ApplicationSubmitted} and {@link org.tongban.application.ApplicationWithdrawn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications")
package org.tongban.application;
