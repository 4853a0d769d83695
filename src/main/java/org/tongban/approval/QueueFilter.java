package org.tongban.approval;

import org.tongban.application.CaseStep;

/**
 * Which tasks a work queue shows and in which order.
 *
 * @param step a task's step, or null for all
 * @param matterCode a matter, or null for all
 * @param claim whose claims: {@code MINE}, {@code UNCLAIMED} or {@code ALL} (null means
 * ALL)
 * @param sort {@code DUE} (soonest deadline first, the default) or {@code RECEIVED}
 * (oldest first)
 */
public record QueueFilter(CaseStep step, String matterCode, Claim claim, Sort sort) {

	public static final QueueFilter ALL = new QueueFilter(null, null, Claim.ALL, Sort.DUE);

	public enum Claim {

		MINE, UNCLAIMED, ALL

	}

	public enum Sort {

		DUE, RECEIVED

	}

}
