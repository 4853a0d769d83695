package org.tongban.licence.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.approval.DecisionRevoked;
import org.tongban.licence.LicenceRevoked;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;

/**
 * Revokes the licence of a grant the department revoked (R15.5, R5.5): from then on its
 * verification says revoked, with the day, the department's reasons and legal basis. The
 * version in force, once, however often the event is delivered, and told as
 * {@link LicenceRevoked} as a revocation of the licence alone is, so that its publicity
 * and other departments' systems hear of it (R9.4). A department revokes a licence alone
 * through {@link LicenceLifeCycle}.
 */
@Component
class LicenceRevocation {

	private final LicenceStore store;

	private final Audit audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LicenceRevocation(LicenceStore store, Audit audit, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(DecisionRevoked revoked) {
		revoke(revoked);
	}

	/** Revokes the licence of the case, if it has one in force. */
	@Transactional
	void revoke(DecisionRevoked revoked) {
		LocalDate on = LocalDate.ofInstant(revoked.at(), clock.getZone());
		store.ofCase(revoked.caseId())
			.filter(licence -> store.revoke(licence.id(), on, revoked.reasons(), revoked.legalBasis()))
			.ifPresent(licence -> {
				store.record(new LicenceEvent(licence.id(), LicenceEvent.Kind.REVOKED, revoked.at(), null, null,
						revoked.reasons(), revoked.legalBasis(), null));
				audit.succeeded(AuditActor.PLATFORM, "licence.revoke", "licence", licence.id(),
						"case " + revoked.number());
				events.publishEvent(new LicenceRevoked(licence.id(), licence.caseId(), licence.caseNumber(), on,
						revoked.reasons(), revoked.legalBasis()));
			});
	}

}
