package org.tongban.catalog;

import java.util.Set;

import org.tongban.shared.LocalizedText;

/**
 * A matter as a search result lists it: its version in force today and the facts an
 * applicant compares.
 */
public record MatterSummary(String code, LocalizedText name, LocalizedText summary, MatterKind kind,
		String departmentCode, LocalizedText departmentName, Set<Audience> audiences, int version,
		int statutoryLimitDays, int committedLimitDays, boolean informedCommitment, boolean automaticApproval,
		int maxVisits) {
}
