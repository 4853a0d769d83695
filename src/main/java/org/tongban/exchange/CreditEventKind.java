package org.tongban.exchange;

import java.time.Period;

/**
 * The kinds of credit events (信用记录) the platform writes into the credit register, each in
 * force for a period from the day it was recorded, after which it no longer counts.
 */
public enum CreditEventKind {

	/** 虚假承诺: a grant on informed commitment found false on post-verification (R15.7). */
	FALSE_COMMITMENT(Period.ofYears(3)),
	/** 许可被撤销: a licence or grant revoked for the holder's fault. */
	LICENCE_REVOKED(Period.ofYears(3)),
	/** 容缺材料逾期未补: the gaps of an acceptance with gaps not supplied in time (R15.6). */
	GAP_NOT_SUPPLIED(Period.ofYears(1));

	private final Period inForce;

	CreditEventKind(Period inForce) {
		this.inForce = inForce;
	}

	/** How long a record of this kind counts. */
	public Period inForce() {
		return inForce;
	}

}
