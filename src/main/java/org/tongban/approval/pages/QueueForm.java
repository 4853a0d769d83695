package org.tongban.approval.pages;

/**
 * The filter of the work queue as a plain GET form sends it: each value blank for "all",
 * or as the page offers it.
 */
class QueueForm {

	private String step;

	private String matter;

	private String claim;

	private String sort;

	public String getStep() {
		return step;
	}

	public void setStep(String step) {
		this.step = step;
	}

	public String getMatter() {
		return matter;
	}

	public void setMatter(String matter) {
		this.matter = matter;
	}

	public String getClaim() {
		return claim;
	}

	public void setClaim(String claim) {
		this.claim = claim;
	}

	public String getSort() {
		return sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

}
