package org.tongban.approval;

/** The special periods that do not count toward the limit (行政许可法 art. 45). */
public enum SpecialPeriodKind {

	HEARING, INSPECTION, TESTING, APPRAISAL, EXPERT_REVIEW

}
