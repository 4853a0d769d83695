package org.tongban.statistics.readmodel;

import java.util.Locale;

/**
 * What the daily read model counts, each a column of {@code statistics_daily} named as
 * the constant in lower case. A count is of what happened on the row's day.
 */
public enum Measure {

	/** Applications received. */
	SUBMITTED,
	/** Cases accepted (受理), by a clerk, with gaps or by law. */
	ACCEPTED,
	/** Cases decided: granted. */
	GRANTED,
	/** Cases decided: denied. */
	DENIED,
	/** Cases refused acceptance (不予受理). */
	REFUSED,
	/** Cases withdrawn by their applicant. */
	WITHDRAWN,
	/** Decisions the platform made without a person (秒批, informed commitment). */
	AUTOMATIC,
	/** Decisions by their due day (or with no due day dated). */
	ON_TIME,
	/** Decisions after their due day. */
	OVERDUE,
	/** The working days the decided cases' clocks counted, added up. */
	WORKING_DAYS,
	/** Decided cases whose clocks counted at most 1 working day. */
	DAYS_UP_TO_1,
	/** ... 2 to 5. */
	DAYS_UP_TO_5,
	/** ... 6 to 10. */
	DAYS_UP_TO_10,
	/** ... 11 to 20. */
	DAYS_UP_TO_20,
	/** ... more than 20. */
	DAYS_OVER_20,
	/**
	 * The visits to an office the received applications' matters say they take at most.
	 */
	VISITS_REQUIRED,
	/** The visits the received applications took: one at the window, none online. */
	VISITS_MADE,
	/**
	 * Materials given as an earlier file or an electronic licence instead of an upload.
	 */
	MATERIALS_REUSED,
	/** Materials uploaded or scanned. */
	MATERIALS_UPLOADED,
	/** Satisfaction ratings. */
	RATINGS,
	/** Ratings of score 1 (非常不满意). */
	RATED_1,
	/** ... 2. */
	RATED_2,
	/** ... 3. */
	RATED_3,
	/** ... 4. */
	RATED_4,
	/** ... 5 (非常满意). */
	RATED_5;

	/** The processing-time buckets, shortest first. */
	public static final Measure[] DAY_BUCKETS = { DAYS_UP_TO_1, DAYS_UP_TO_5, DAYS_UP_TO_10, DAYS_UP_TO_20,
			DAYS_OVER_20 };

	/** The ratings by score, 1 first. */
	public static final Measure[] BY_SCORE = { RATED_1, RATED_2, RATED_3, RATED_4, RATED_5 };

	String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The bucket of a case whose clock counted these working days. */
	static Measure bucket(int workingDays) {
		if (workingDays <= 1) {
			return DAYS_UP_TO_1;
		}
		if (workingDays <= 5) {
			return DAYS_UP_TO_5;
		}
		if (workingDays <= 10) {
			return DAYS_UP_TO_10;
		}
		return workingDays <= 20 ? DAYS_UP_TO_20 : DAYS_OVER_20;
	}

}
