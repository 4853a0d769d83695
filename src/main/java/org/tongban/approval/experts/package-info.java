/**
 * The expert's side of expert review (专家评审, R5.3): the pages {@code /expert} and the API
 * {@code /api/v1/expert}, on {@link org.tongban.approval.ExpertReviews}. An expert sees
 * the cases assigned to them only, with the materials the reviewer shared, and gives one
 * opinion on each.
 */
package org.tongban.approval.experts;
