package org.tongban.approval.internal;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.Application;
import org.tongban.application.CaseFiles;
import org.tongban.application.RuleChecks;
import org.tongban.application.RuleExplanation;
import org.tongban.application.RuleOutcome;
import org.tongban.catalog.MatterVersion;
import org.tongban.exchange.AccessPurpose;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;

/**
 * Automatic approval (秒批, R5.6, R16.2): a case of a version that approves automatically
 * is checked against the version's rules as it opens; when every rule holds the platform
 * grants it without a person, otherwise it goes to the human queue with the reasons in
 * its history. It never refuses. The explanation of every rule is kept with the
 * application, for the applicant on the timeline and for the reviewer on the case.
 * <p>
 * Called before the listener that opens the case writes any audit record: the registries
 * log their reads, with an audit record, in transactions of their own, which would wait
 * for the chain of an audit record the case's transaction holds.
 */
@Component
class AutomaticApproval {

	/** Who reads the registries, as their access log names it (R9.3). */
	static final String CALLER = "approval:automatic-approval";

	static final String GRANT = "AUTOMATIC_GRANT";

	static final String TO_PERSON = "AUTOMATIC_TO_PERSON";

	private static final LocalizedText PURPOSE = LocalizedText.of("秒批：核验申请是否符合自动审批规则",
			"Automatic approval: checking the application against the rules of automatic approval");

	private final RuleChecks checks;

	private final CaseFiles files;

	private final PlatformGrants grants;

	private final CaseProgress progress;

	private final Audit audit;

	private final MessageSource messages;

	/**
	 * The sources are read outside the transaction that opens the case: one that fails
	 * (on PostgreSQL, a failed statement) must not take the case's transaction with it.
	 */
	private final TransactionTemplate outsideTransaction;

	AutomaticApproval(RuleChecks checks, CaseFiles files, PlatformGrants grants, CaseProgress progress, Audit audit,
			MessageSource messages, PlatformTransactionManager transactions) {
		this.outsideTransaction = new TransactionTemplate(transactions);
		this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		this.checks = checks;
		this.files = files;
		this.grants = grants;
		this.progress = progress;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Decides a case that was just opened and has no process yet, if its version approves
	 * automatically.
	 * @return whether the platform granted it; if not, a person decides
	 */
	boolean decided(CaseRecord record, Application application, MatterVersion version) {
		if (!version.automaticApproval()) {
			return false;
		}
		RuleExplanation explanation = outsideTransaction
			.execute(status -> checks.check(application.applicantId(), version.form(), application.answers(),
					version.automaticRules(), new AccessPurpose(CALLER, PURPOSE, record.number())));
		files.recordAutomaticCheck(record.id(), explanation);
		if (explanation.allHold()) {
			grants.grant(record, GRANT, reasons(explanation), legalBasis(version));
			audit.succeeded(AuditActor.PLATFORM, "approval.automaticGrant", CaseDesk.CASE, record.number(), null);
			return true;
		}
		progress.record(record, null, grants.systemName(), null, TO_PERSON, toPerson(explanation), null);
		audit.succeeded(AuditActor.PLATFORM, "approval.automaticToPerson", CaseDesk.CASE, record.number(),
				explanation.failed().size() + " failed, " + explanation.unanswered().size() + " unanswered");
		return false;
	}

	/** The reasons of the grant: every rule that held, in the version's order. */
	private String reasons(RuleExplanation explanation) {
		String rules = explanation.outcomes()
			.stream()
			.map(outcome -> outcome.code() + " " + outcome.description().zh())
			.collect(Collectors.joining("；"));
		return text("approval.automatic.reasons", rules);
	}

	/**
	 * Why a person decides: the rules that failed and those whose source did not answer.
	 */
	private String toPerson(RuleExplanation explanation) {
		String why = Stream
			.concat(explanation.failed().stream().map(outcome -> line("approval.automatic.failed", outcome)),
					explanation.unanswered().stream().map(outcome -> line("approval.automatic.unanswered", outcome)))
			.collect(Collectors.joining("；"));
		return text("approval.automatic.toPerson", why);
	}

	private String line(String key, RuleOutcome outcome) {
		return text(key, outcome.code(), outcome.failure().zh());
	}

	private static String legalBasis(MatterVersion version) {
		return version.legalBases()
			.stream()
			.map(basis -> basis.title() + (basis.article() == null ? "" : basis.article()))
			.collect(Collectors.joining("、"));
	}

	/** The history and the decision are in Chinese, like the documents. */
	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.CHINA);
	}

}
