package org.tongban.approval;

/** 准予 / 不予行政许可. */
public enum Decision {

	GRANT, DENY

}
