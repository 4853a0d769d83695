package org.tongban.catalog;

/** How the result of a matter reaches the applicant (送达方式). */
public enum DeliveryMethod {

	/** 窗口领取 */
	PICK_UP,
	/** 邮政寄递 */
	POST,
	/** 电子送达（电子证照） */
	ELECTRONIC

}
