/**
 * The integrated window (综合窗口, 一窗受理, R4.5, R13.4): a clerk of the government service
 * centre registers a walk-in application for any matter on behalf of a person or an
 * enterprise, and the application is the applicant's own, as if made online.
 * <p>
 * The desk ({@link org.tongban.application.window.WindowDesk}) identifies the applicant
 * by the resident ID number or credit code checked against the base registries; what the
 * registry verified is never taken from the form. The application belongs to that
 * verified identity: to the applicant's account where they have one (an enterprise's
 * applications are seen by its agents), otherwise to a walk-in applicant of the identity
 * module whose account opens under the same id when they register with that number, so
 * that they find the application in /my at their first log-in and continue online. The
 * form, its checks, the materials (scanned paper, marked as such, PDF or images) and the
 * submission are the online ones ({@code Drafts}, {@code ApplicationMaterials},
 * {@code Submissions}); the case is routed to the matter's department like any other and
 * carries the channel {@code WINDOW}. The clerk only registers: acceptance stays with the
 * department's own clerks.
 * <p>
 * At the step "the matter applied for" a bundle (一件事, R2.5) is the other choice: the desk
 * starts a bundle application ({@code BundleApplications}) whose members are each
 * registered by the clerk as a single matter's draft is, fills in its combined form,
 * scans its one set of materials once for every member, submits it once and prints a
 * receipt with the bundle's number and every member's. The clerk reaches only the bundles
 * whose members they all registered.
 */
package org.tongban.application.window;
