package org.tongban.licence.renewal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.AnswerSource;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Renewals;
import org.tongban.catalog.LicenceDefinition;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.licence.internal.LicenceNotices;
import org.tongban.notification.CaseNotice;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;

/**
 * The renewal of licences (R15.5, 行政许可法 art. 50). Thirty days before a licence expires
 * its holder is reminded, in the app, by SMS and by e-mail, with the link to renew it;
 * the renewal is an application of the same matter under its version in force, filled in
 * from the licence's application. A renewal submitted before the licence expired and not
 * decided by the end of its last valid day is deemed granted: the licence is extended by
 * its validity period, recorded and the holder told. A revoked licence is neither
 * reminded nor renewed.
 * <p>
 * The scans run often and act once: each reminder and each deemed renewal is claimed by a
 * unique row, in a transaction of its own, so that two nodes scanning at once, or a scan
 * that missed a day, neither repeat nor skip one.
 */
@Service
class LicenceRenewals {

	private static final Logger log = LoggerFactory.getLogger(LicenceRenewals.class);

	/** How long before its expiry a licence's holder is reminded (art. 50: 30 days). */
	static final int REMINDER_DAYS = 30;

	static final String AUDITED = "licence";

	private final RenewalStore store;

	private final Renewals renewals;

	private final Drafts drafts;

	private final CaseFiles caseFiles;

	private final MatterCatalog catalog;

	private final LicenceNotices notices;

	private final TransactionTemplate transaction;

	private final Audit audit;

	private final Clock clock;

	LicenceRenewals(RenewalStore store, Renewals renewals, Drafts drafts, CaseFiles caseFiles, MatterCatalog catalog,
			LicenceNotices notices, TransactionTemplate transaction, Audit audit, Clock clock) {
		this.store = store;
		this.renewals = renewals;
		this.drafts = drafts;
		this.caseFiles = caseFiles;
		this.catalog = catalog;
		this.notices = notices;
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Reminds the holders of the licences in force that expire within 30 days, each once
	 * per expiry day.
	 * @return the ids of the licences this call reminded of (not those another node did)
	 */
	@Scheduled(fixedDelayString = "${tongban.licence.renewal.scan-every:1h}",
			initialDelayString = "${tongban.licence.renewal.scan-every:1h}")
	List<String> remind() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		List<String> reminded = new ArrayList<>();
		for (RenewableLicence licence : store.unremindedExpiring(today, today.plusDays(REMINDER_DAYS))) {
			if (pending(licence).isPresent()) {
				// Applied to renew already: nothing to remind of.
				continue;
			}
			once(licence, "reminder", status -> {
				if (!store.claimReminder(licence.id(), licence.validUntil(), now)) {
					return null;
				}
				notices.tell(licence.holderId(), CaseNotice.renewalDue(licence.caseNumber(), licence.name(),
						licence.validUntil(), licence.id()));
				audit.succeeded(AuditActor.PLATFORM, "licence.renewal.remind", AUDITED, licence.id(),
						"expires " + licence.validUntil());
				return licence.id();
			}).ifPresent(reminded::add);
		}
		return reminded;
	}

	/**
	 * Renews by law the licences that expired yesterday or before while a renewal
	 * application submitted in time waits for its decision.
	 * @return the deemed renewals this call made (not those another node did)
	 */
	@Scheduled(fixedDelayString = "${tongban.licence.renewal.scan-every:1h}",
			initialDelayString = "${tongban.licence.renewal.scan-every:1h}")
	List<DeemedRenewal> deem() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		List<DeemedRenewal> renewed = new ArrayList<>();
		for (String licenceId : renewals.licencesBeingRenewed()) {
			store.find(licenceId)
				.filter(licence -> licence.isRenewable() && today.isAfter(licence.validUntil()))
				.flatMap(licence -> pendingInTime(licence)
					.flatMap(renewal -> once(licence, "deemed renewal", status -> deem(licence, renewal, now, status))))
				.ifPresent(renewed::add);
		}
		return renewed;
	}

	/** The renewal application submitted and not decided, if any. */
	private Optional<Application> pending(RenewableLicence licence) {
		return renewals.of(licence.id())
			.stream()
			.filter(renewal -> renewal.status() != ApplicationStatus.DRAFT && !renewal.status().isFinal())
			.findFirst();
	}

	/**
	 * The renewal application submitted no later than the licence's last valid day and
	 * not decided, if any.
	 */
	private Optional<Application> pendingInTime(RenewableLicence licence) {
		return pending(licence).filter(renewal -> renewal.receipt()
			.map(receipt -> !LocalDate.ofInstant(receipt.receivedAt(), clock.getZone()).isAfter(licence.validUntil()))
			.orElse(false));
	}

	private DeemedRenewal deem(RenewableLicence licence, Application renewal, Instant now,
			TransactionStatus transactionStatus) {
		LicenceDefinition definition = catalog.guide(licence.matterCode(), licence.matterVersion()).version().licence();
		LocalDate newValidUntil = definition.validUntil(licence.validUntil().plusDays(1)).orElseThrow();
		var deemed = new DeemedRenewal(licence.id(), licence.validUntil(), newValidUntil, renewal.id(),
				renewal.number(), now);
		if (!store.claimDeemedRenewal(deemed)) {
			return null;
		}
		if (!store.extend(licence.id(), licence.validUntil(), newValidUntil)) {
			// Revoked or changed since it was read: no renewal, and none recorded.
			transactionStatus.setRollbackOnly();
			return null;
		}
		notices.tell(licence.holderId(),
				CaseNotice.deemedRenewed(renewal.number(), licence.name(), newValidUntil, licence.id()));
		audit.succeeded(AuditActor.PLATFORM, "licence.renewal.deem", AUDITED, licence.id(),
				"valid until " + licence.validUntil() + " -> " + newValidUntil + ", renewal " + renewal.number());
		return deemed;
	}

	/**
	 * Runs the step for one licence in a transaction of its own; one that fails, or that
	 * another node took at the same moment, does not stop the others.
	 */
	private <T> Optional<T> once(RenewableLicence licence, String what, TransactionCallback<T> step) {
		try {
			return Optional.ofNullable(transaction.execute(step));
		}
		catch (RuntimeException ex) {
			log.warn("The {} of licence {} is left to the next scan: {}", what, licence.id(), ex.toString());
			return Optional.empty();
		}
	}

	/**
	 * Starts, or continues, the holder's application to renew their licence (R15.5): a
	 * draft of the same matter under its version in force, filled in from the licence's
	 * application where the form still asks the same.
	 * @throws NotFoundException when there is no such licence, or it is somebody else's
	 * @throws RefusedException (409) when it is revoked, valid without expiry, or its
	 * renewal was submitted and waits for its decision
	 */
	Application start(Actor holder, String licenceId) {
		RenewableLicence licence = store.find(licenceId)
			.filter(found -> found.holderId().equals(holder.id()))
			.orElseThrow(() -> new NotFoundException("licence.renewal.notFound"));
		if (licence.revokedOn() != null) {
			throw new RefusedException(Refusal.CONFLICT, "licence.renewal.revoked");
		}
		if (licence.replacedBy() != null) {
			throw new RefusedException(Refusal.CONFLICT, "licence.renewal.replaced", licence.replacedBy());
		}
		if (licence.validUntil() == null) {
			throw new RefusedException(Refusal.CONFLICT, "licence.renewal.noExpiry");
		}
		Optional<Application> pending = pending(licence);
		if (pending.isPresent()) {
			throw new RefusedException(Refusal.CONFLICT, "licence.renewal.pending", pending.get().number());
		}
		Application draft = renewals.of(licence.id())
			.stream()
			.filter(Application::isDraft)
			.findFirst()
			.orElseGet(() -> drafts.startRenewal(holder, licence.matterCode(),
					caseFiles.get(licence.caseId()).answers().values(),
					new AnswerSource(AnswerSource.Kind.EARLIER_APPLICATION, licence.caseNumber()), licence.id()));
		audit.succeeded(holder.audited(), "licence.renewal.start", AUDITED, licence.id(), "draft " + draft.id());
		return draft;
	}

	/** The holder's licence, to show it before they renew it. */
	RenewableLicence licence(Actor holder, String licenceId) {
		RenewableLicence licence = store.find(licenceId)
			.filter(found -> found.holderId().equals(holder.id()))
			.orElseThrow(() -> new NotFoundException("licence.renewal.notFound"));
		audit.succeeded(holder.audited(), "licence.renewal.view", AUDITED, licence.id(), "");
		return licence;
	}

	/** The deemed renewals of a licence, the latest first. */
	List<DeemedRenewal> deemedRenewals(String licenceId) {
		return store.deemedRenewals(licenceId);
	}

}
