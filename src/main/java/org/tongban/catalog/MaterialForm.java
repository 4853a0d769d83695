package org.tongban.catalog;

/** In which form a material is given (材料形式). */
public enum MaterialForm {

	/** 原件 */
	ORIGINAL,
	/** 复印件 */
	COPY,
	/** 原件和复印件 */
	ORIGINAL_AND_COPY,
	/** 电子材料 */
	ELECTRONIC

}
