package org.tongban.approval.experts;

import org.springframework.web.multipart.MultipartFile;

/** An expert's opinion as the page posts it: the conclusion, the text and a file. */
class OpinionForm {

	private String outcome;

	private String opinion;

	private MultipartFile file;

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getOpinion() {
		return opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
