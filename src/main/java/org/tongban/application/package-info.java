/**
 * The applicant's side of an application (申请, R3, R7): drafts made from the matter's form
 * and pre-filled with the data the government holds, materials, idempotent submission
 * with a receipt, withdrawal, the timeline and the public status query; once submitted,
 * the case as the applicant follows it: correction notices answered item by item (R4.2),
 * department messages (R4.4), notices and the decision to download, and the contact phone
 * proved by a code (R6.2). Each use case is a service of its own:
 * {@link org.tongban.application.Drafts},
 * {@link org.tongban.application.ApplicationMaterials},
 * {@link org.tongban.application.Submissions} (and withdrawal),
 * {@link org.tongban.application.Corrections},
 * {@link org.tongban.application.MyApplications} and
 * {@link org.tongban.application.PublicQuery}. Other modules see these,
 * {@link org.tongban.application.ContactPhones}, the approval side's
 * {@link org.tongban.application.CaseFiles} with the steps of a case
 * ({@link org.tongban.application.CaseStep}), and the events
 * {@link org.tongban.application.ApplicationSubmitted},
 * {@link org.tongban.application.ApplicationCorrected},
 * {@link org.tongban.application.ApplicationWithdrawn} and
 * {@link org.tongban.application.GapSupplied}: a material that may follow may be missing
 * at submission, and once the department accepted without it (容缺, R4.3, R15.6) the
 * applicant supplies it, and only such a one, with
 * {@link org.tongban.application.ApplicationMaterials}. An application is made online or
 * at the integrated window ({@link org.tongban.application.Channel}), where a clerk
 * registers it on the applicant's behalf through the same use cases (sub-package
 * {@code window}, R4.5, R13.4).
 * <p>
 * A bundle (一件事, R2.5) is applied for as one application with
 * {@link org.tongban.application.BundleApplications}: one combined form
 * ({@link org.tongban.application.CombinedForm}), one set of materials
 * ({@link org.tongban.application.CombinedMaterial}) and one submission; each member
 * matter stays an ordinary application, waiting for its stage. The approval side drives
 * the stages through {@link org.tongban.application.BundleFiles} and hears of
 * {@link org.tongban.application.BundleSubmitted},
 * {@link org.tongban.application.BundleWithdrawn} and
 * {@link org.tongban.application.SharedItemsCorrected} (R5.2, R16.4). A bundle is
 * registered at the integrated window too, each member by the clerk
 * ({@link org.tongban.application.BundleApplications#startAtWindow}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications")
package org.tongban.application;
