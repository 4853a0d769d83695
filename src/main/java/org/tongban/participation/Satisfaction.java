package org.tongban.participation;

/**
 * The five levels of a satisfaction rating (好差评, 国办发〔2019〕51号), best first. The score is
 * what averages and rankings count with.
 */
public enum Satisfaction {

	/** 非常满意. */
	VERY_SATISFIED(5),

	/** 满意. */
	SATISFIED(4),

	/** 基本满意: also what a finished case counts as when it is not rated within 7 days. */
	BASICALLY_SATISFIED(3),

	/** 不满意: opens a verification. */
	DISSATISFIED(2),

	/** 非常不满意: opens a verification. */
	VERY_DISSATISFIED(1);

	private final int score;

	Satisfaction(int score) {
		this.score = score;
	}

	public int score() {
		return this.score;
	}

	/** A bad rating (差评) is verified by the supervision office and may be rectified. */
	public boolean isBad() {
		return this == DISSATISFIED || this == VERY_DISSATISFIED;
	}

}
