package org.tongban.participation;

import java.time.Instant;

/**
 * A finished case was rated, by its applicant or by default when 7 days passed without a
 * rating (R10.2, R15.8). Published once per rating in the rating's transaction; the
 * statistics hear of it to count satisfaction by department and matter (R11.2).
 *
 * @param applicationNumber the case
 * @param matterCode the matter of the case
 * @param departmentCode the department that handled it
 * @param satisfaction the level given
 * @param byDefault whether it is the 基本满意 recorded after 7 days without a rating
 * @param ratedAt when it was given or recorded
 */
public record CaseRated(String applicationNumber, String matterCode, String departmentCode, Satisfaction satisfaction,
		boolean byDefault, Instant ratedAt) {
}
