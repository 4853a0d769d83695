package org.tongban.catalog;

/**
 * The kind of administrative power or service a matter exercises (事项类型), as the national
 * standard lists them.
 */
public enum MatterKind {

	/** 行政许可 */
	LICENSING,
	/** 行政确认 */
	CONFIRMATION,
	/** 行政给付 */
	PAYMENT,
	/** 行政备案 */
	FILING,
	/** 其他行政权力 */
	OTHER_POWER,
	/** 公共服务 */
	PUBLIC_SERVICE

}
