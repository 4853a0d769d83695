package org.tongban.exchange;

/**
 * The kinds of legal person (and other organization) that the legal-person registry
 * holds.
 */
public enum LegalForm {

	/** 有限责任公司 */
	LIMITED_LIABILITY_COMPANY,

	/** 股份有限公司 */
	JOINT_STOCK_COMPANY,

	/** 个体工商户: represented by its operator (经营者). */
	INDIVIDUAL_BUSINESS,

	/** 农民专业合作社 */
	FARMERS_COOPERATIVE,

	/** 事业单位 */
	PUBLIC_INSTITUTION,

	/** 社会组织: social groups, private non-enterprise units and foundations. */
	SOCIAL_ORGANIZATION

}
