package org.tongban.approval.internal;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.identity.Actor;
import org.tongban.shared.audit.Audit;

/**
 * The one record every action on a case, and every opening of one, leaves in the audit
 * trail (R8.4), {@code case.<verb>} on the case by its number: a success in the action's
 * transaction, so that it commits with the action; a refusal as a failure with the
 * refusal's message code, kept although the action rolls back. The record is written
 * last, so that the chain's head row is locked only for the moment the action commits.
 * Staff's case work and experts' alike.
 */
@Component
class CaseAudit {

	private final Audit audit;

	private final TransactionTemplate transaction;

	CaseAudit(Audit audit, PlatformTransactionManager transactions) {
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Does the action in a transaction with its record, or records its refusal.
	 * @param detail a note without personal data (an outcome, a step, a task), or null
	 */
	<T> T audited(Actor actor, String action, String number, String detail, Supplier<T> work) {
		try {
			return transaction.execute(status -> {
				T done = work.get();
				audit.succeeded(actor.audited(), action, CaseDesk.CASE, number, detail);
				return done;
			});
		}
		catch (RuntimeException refused) {
			audit.failed(actor.audited(), action, CaseDesk.CASE, number,
					(detail == null ? "" : detail + " ") + Audit.reason(refused));
			throw refused;
		}
	}

}
