package org.tongban.participation.rating;

import java.util.Arrays;
import java.util.List;

import org.tongban.participation.Satisfaction;

/**
 * The reasons a rater may tick (R15.8): a fixed list for the good levels and one for the
 * bad ones, named by {@code rating.reason.<REASON>}, so that they can be counted.
 */
public enum RatingReason {

	FAST(false), CLEAR_GUIDANCE(false), COURTEOUS(false), FEW_VISITS(false), EASY_ONLINE(false),

	SLOW(true), UNCLEAR_GUIDANCE(true), DISCOURTEOUS(true), EXTRA_MATERIALS(true), MANY_VISITS(true);

	private final boolean bad;

	RatingReason(boolean bad) {
		this.bad = bad;
	}

	/** Whether the reason may be ticked with the level. */
	public boolean fits(Satisfaction level) {
		return bad == level.isBad();
	}

	/** The reasons to tick with the level, good or bad. */
	public static List<RatingReason> of(Satisfaction level) {
		return Arrays.stream(values()).filter(reason -> reason.fits(level)).toList();
	}

}
