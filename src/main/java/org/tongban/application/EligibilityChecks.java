package org.tongban.application;

import java.util.List;
import java.util.Locale;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.tongban.catalog.DecisionRule.Source;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterVersion;
import org.tongban.exchange.AccessPurpose;
import org.tongban.shared.LocalizedText;

/**
 * The checks before submission (R16.6): the eligibility rules of a matter version, run
 * for a draft on "check your answers" and again at submission, never on every answer
 * saved, as they read the registries. A rule that fails stops the application at the form
 * with its failure and its source named, so that nothing ineligible is submitted; a
 * source that did not answer stops nothing, a person decides later.
 * <p>
 * Not to be called in a transaction that has written an audit record (see
 * {@link RuleChecks}).
 */
@Component
class EligibilityChecks {

	static final String STOP = "application.eligibility.stop";

	private final RuleChecks rules;

	EligibilityChecks(RuleChecks rules) {
		this.rules = rules;
	}

	/** The stops of the version's eligibility rules that fail for the application. */
	List<FormProblem> stops(Application application, MatterVersion version) {
		if (version.eligibilityRules().isEmpty()) {
			return List.of();
		}
		AccessPurpose purpose = AccessPurpose.of("application:eligibility",
				LocalizedText.of("办理前核对申请条件：" + application.matterName().zh(),
						"Checking the conditions before applying: " + application.matterName().in(Locale.ENGLISH)));
		return rules
			.check(application.applicantId(), version.form(), application.answers(), version.eligibilityRules(),
					purpose)
			.failed()
			.stream()
			.map(failed -> new FormProblem(failed.source() == Source.FORM ? failed.element() : null, STOP,
					failed.failure(), new DefaultMessageSourceResolvable("application.rule.source." + failed.source())))
			.toList();
	}

}
