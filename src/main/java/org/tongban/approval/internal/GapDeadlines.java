package org.tongban.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.CaseFiles;
import org.tongban.application.Gap;
import org.tongban.application.GapSupplied;
import org.tongban.exchange.CreditEventKind;
import org.tongban.identity.Role;
import org.tongban.notification.CaseNotice;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;

/**
 * What follows an acceptance with gaps (容缺, R4.3, R15.6): each material the applicant
 * supplies is in the case's history for the reviewer; a gap still not supplied after its
 * day is flagged to the reviewer (in the history and on the case), written into the
 * credit register, and the applicant is told, each flag in the audit trail. The scan runs
 * on every node; a gap is marked overdue by one guarded update, so that only the node
 * that marks it acts on it.
 */
@Component
class GapDeadlines {

	/** What the history names a supply by the applicant. */
	static final String SUPPLIED = "GAP_SUPPLIED";

	/** What the history names the gaps found not supplied in time. */
	static final String NOT_SUPPLIED = "GAPS_NOT_SUPPLIED";

	private static final Logger log = LoggerFactory.getLogger(GapDeadlines.class);

	private final CaseFiles files;

	private final CaseProgress progress;

	private final CaseStore store;

	private final ApplicantCredit credit;

	private final MessageSource messages;

	private final Audit audit;

	private final TransactionTemplate transaction;

	GapDeadlines(CaseFiles files, CaseProgress progress, CaseStore store, ApplicantCredit credit,
			MessageSource messages, Audit audit, PlatformTransactionManager transactions) {
		this.files = files;
		this.progress = progress;
		this.store = store;
		this.credit = credit;
		this.messages = messages;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The applicant supplied a gap: the reviewer reads it in the history. */
	@ApplicationModuleListener
	void on(GapSupplied supplied) {
		store.find(supplied.applicationId()).ifPresent(record -> {
			String name = files.gaps(record.id())
				.stream()
				.filter(gap -> gap.materialCode().equals(supplied.materialCode()))
				.map(gap -> gap.materialName().zh())
				.findFirst()
				.orElse(supplied.materialCode());
			progress.record(record, record.applicantId(), record.applicantName(), Role.APPLICANT.name(), SUPPLIED, name,
					null);
		});
	}

	/**
	 * Flags the cases whose gaps were not supplied by their day.
	 * @return the numbers of the cases this call flagged (not those another node did)
	 */
	@Scheduled(fixedDelayString = "${tongban.approval.gaps.scan-every:10m}",
			initialDelayString = "${tongban.approval.gaps.scan-every:10m}")
	List<String> scan() {
		LocalDate today = progress.today();
		List<String> flagged = new ArrayList<>();
		for (UUID caseId : files.withOverdueGaps(today)) {
			try {
				String number = transaction.execute(status -> flag(caseId, today, progress.now()));
				if (number != null) {
					flagged.add(number);
				}
			}
			catch (RuntimeException ex) {
				// One case that cannot be flagged now is tried again on the next scan.
				log.warn("Overdue gaps of case {} not flagged: {}", caseId, ex.toString());
			}
		}
		return flagged;
	}

	/** Flags one case's overdue gaps; null when another node did. */
	private String flag(UUID caseId, LocalDate today, Instant at) {
		CaseRecord record = store.find(caseId).orElse(null);
		if (record == null) {
			return null;
		}
		List<Gap> overdue = files.markGapsOverdue(caseId, today, at);
		if (overdue.isEmpty()) {
			return null;
		}
		String names = overdue.stream().map(gap -> gap.materialName().zh()).collect(Collectors.joining("、"));
		LocalDate supplyBy = overdue.get(0).supplyBy();
		// The history is a record in Chinese, as the documents are: the platform is "系统".
		progress.record(record, null, messages.getMessage("approval.actor.system", null, Locale.CHINA), null,
				NOT_SUPPLIED, names + "\n" + supplyBy, "OVERDUE");
		credit.record(record, CreditEventKind.GAP_NOT_SUPPLIED, messages.getMessage("approval.gaps.creditReason",
				new Object[] { record.number(), names, supplyBy }, Locale.CHINA));
		progress.tell(record, CaseNotice.gapsNotSupplied(record.number(), record.matterName(), names, supplyBy));
		audit.succeeded(AuditActor.PLATFORM, "case.gaps-overdue", CaseDesk.CASE, record.number(),
				overdue.stream().map(Gap::materialCode).collect(Collectors.joining(",")) + " by " + supplyBy);
		return record.number();
	}

}
