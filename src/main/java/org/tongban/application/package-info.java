/**
 * The applicant's side of an application (申请, R3, R7): drafts made from the matter's form and pre-filled with the
 * data the government holds, materials, idempotent submission with a receipt, withdrawal, the timeline and the public
 * status query; once submitted, the case as the applicant follows it: correction notices answered item by item
 * (R4.2), department messages (R4.4), notices and the decision to download, and the contact phone proved by a code
 * (R6.2). Other modules see {@link org.tongban.application.Applications}, {@link org.tongban.application.ContactPhones},
 * the approval side's {@link org.tongban.application.CaseFiles} with the steps of a case
 * ({@link org.tongban.application.CaseStep}), and the events {@link org.tongban.application.ApplicationSubmitted}, {@link org.tongban.application.ApplicationCorrected} and
 * {@link org.tongban.application.ApplicationWithdrawn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications")
package org.tongban.application;
