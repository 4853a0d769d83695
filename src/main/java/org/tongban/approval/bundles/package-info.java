/**
 * Parallel approval of bundles in stages (一件事, R5.2, R15.3, R16.4): the bundle's own
 * process (see "Bundle models" in {@link org.tongban.approval package-info}) opens each
 * member when its stage starts and goes on when the member's case ends; the bundle's
 * joint clock; and the lead department's (牵头部门) view of the whole bundle, its extension
 * and messages to the applicant, at {@code /staff/bundles} and
 * {@code /api/v1/staff/bundles}.
 */
package org.tongban.approval.bundles;
