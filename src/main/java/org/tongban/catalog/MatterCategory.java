package org.tongban.catalog;

/**
 * What a matter version touches, as far as the law limits the fast tracks (R15.7):
 * informed commitment (告知承诺) is not offered for matters that touch national security,
 * public safety, financial supervision, the environment, or life, health and property.
 */
public enum MatterCategory {

	/** None of the excluded concerns. */
	GENERAL(false),
	/** 国家安全 */
	NATIONAL_SECURITY(true),
	/** 公共安全 */
	PUBLIC_SAFETY(true),
	/** 金融监管 */
	FINANCIAL_SUPERVISION(true),
	/** 生态环境保护 */
	ENVIRONMENT(true),
	/** 直接涉及人身健康、生命财产安全 */
	LIFE_HEALTH_PROPERTY(true);

	private final boolean excludesCommitment;

	MatterCategory(boolean excludesCommitment) {
		this.excludesCommitment = excludesCommitment;
	}

	/** Whether informed commitment may not be offered for a matter of this category. */
	public boolean excludesInformedCommitment() {
		return excludesCommitment;
	}

}
