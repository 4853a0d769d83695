package org.tongban.participation.feedback;

import java.io.Serializable;
import java.util.Arrays;

import org.tongban.participation.feedback.Feedback.Kind;
import org.tongban.participation.feedback.Feedback.Subject;

/**
 * The filing form of {@code /feedback/new}, kept in the session between the form and the
 * check of the answers. The contact fields are ignored for a filer who is logged in.
 */
public class FeedbackForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String kind;

	private String subject;

	private String matterCode;

	private String departmentCode;

	private String caseNumber;

	private String caseQueryCode;

	private String text;

	private String name;

	private String mobile;

	private String email;

	/** What the form asks to file, the kind and subject null where none is chosen. */
	Feedbacks.Filing filing() {
		return new Feedbacks.Filing(
				Arrays.stream(Kind.values()).filter(each -> each.name().equals(kind)).findFirst().orElse(null),
				Arrays.stream(Subject.values()).filter(each -> each.name().equals(subject)).findFirst().orElse(null),
				matterCode, departmentCode, caseNumber, caseQueryCode, text, name, mobile, email);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getMatterCode() {
		return matterCode;
	}

	public void setMatterCode(String matterCode) {
		this.matterCode = matterCode;
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public void setDepartmentCode(String departmentCode) {
		this.departmentCode = departmentCode;
	}

	public String getCaseNumber() {
		return caseNumber;
	}

	public void setCaseNumber(String caseNumber) {
		this.caseNumber = caseNumber;
	}

	public String getCaseQueryCode() {
		return caseQueryCode;
	}

	public void setCaseQueryCode(String caseQueryCode) {
		this.caseQueryCode = caseQueryCode;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getMobile() {
		return mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
