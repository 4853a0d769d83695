package org.tongban.catalog;

/**
 * Where a material comes from (R3.2, R15.10): most are uploaded by the applicant, but the
 * platform makes the application form itself from the online form, and what the
 * government already holds is fetched by data sharing instead of being asked for again.
 */
public enum MaterialSource {

	/** The applicant uploads it. */
	UPLOAD,
	/** Made from the online form (在线填写后自动生成): nothing to upload. */
	ONLINE_FORM,
	/**
	 * Held by the government and obtained by data sharing or the verified identity (免提交).
	 */
	SHARED

}
