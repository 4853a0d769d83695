package org.tongban.exchange;

/**
 * How a data element or a base registry is shared with other departments' systems, as the
 * sharing catalogue (共享目录) says (R9.5). Every client needs a grant of the owning
 * department; the level says what a request must name.
 */
public enum SharingLevel {

	/** 无条件共享: a request names its purpose. */
	UNCONDITIONAL,

	/** 有条件共享: a request names its purpose and the case it serves. */
	CONDITIONAL,

	/** 不予共享: nobody outside the owning department may read it; it cannot be requested. */
	NOT_SHARED;

	/** Whether a grant can be requested at all. */
	public boolean requestable() {
		return this != NOT_SHARED;
	}

	/** Whether each request must name the case it serves, besides its purpose. */
	public boolean needsCase() {
		return this == CONDITIONAL;
	}

}
