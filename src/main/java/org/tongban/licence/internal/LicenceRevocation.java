package org.tongban.licence.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.approval.DecisionRevoked;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;

/**
 * Revokes the licence of a grant the department revoked (R15.5, R5.5): from then on its
 * verification says revoked, with the day, the department's reasons and legal basis. The
 * version in force, once, however often the event is delivered. A department revokes a
 * licence alone through {@link LicenceLifeCycle}.
 */
@Component
class LicenceRevocation {

	private final LicenceStore store;

	private final Audit audit;

	private final Clock clock;

	LicenceRevocation(LicenceStore store, Audit audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
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
			});
	}

}
