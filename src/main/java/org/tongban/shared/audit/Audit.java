package org.tongban.shared.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.shared.web.RequestIdFilter;

/**
 * Records an action in the {@link AuditTrail}, with the time, the client's address and
 * the request id filled in from the request being handled (none outside a request).
 * <p>
 * A success is written in the caller's transaction, so that it commits or rolls back with
 * the action. A failure is written in a transaction of its own once the caller's has
 * ended, because that usually rolls back with the refusal recorded, and may hold the lock
 * of the chain the failure goes to.
 */
@Component
public class Audit {

	private final AuditTrail trail;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	Audit(AuditTrail trail, Clock clock, PlatformTransactionManager transactions) {
		this.trail = trail;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * @param action what was done, {@code <object type>.<verb>} by convention, e.g.
	 * {@code case.accept}
	 * @param objectId the object's id or number, e.g. a case number
	 * @param detail a short note without personal data, or null
	 */
	@Transactional
	public void succeeded(AuditActor actor, String action, String objectType, Object objectId, String detail) {
		trail.record(entry(actor, action, objectType, objectId, AuditOutcome.SUCCESS, detail));
	}

	/** As {@link #succeeded}, for an action that was refused or failed. */
	public void failed(AuditActor actor, String action, String objectType, Object objectId, String detail) {
		AuditEntry entry = entry(actor, action, objectType, objectId, AuditOutcome.FAILURE, detail);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					ownTransaction.executeWithoutResult(own -> trail.record(entry));
				}
			});
		}
		else {
			ownTransaction.executeWithoutResult(own -> trail.record(entry));
		}
	}

	private AuditEntry entry(AuditActor actor, String action, String objectType, Object objectId, AuditOutcome outcome,
			String detail) {
		HttpServletRequest request = RequestContextHolder
			.getRequestAttributes() instanceof ServletRequestAttributes attributes ? attributes.getRequest() : null;
		return new AuditEntry(clock.instant(), actor.id(), actor.role(), actor.department(),
				request == null ? null : request.getRemoteAddr(), MDC.get(RequestIdFilter.MDC_KEY), action, objectType,
				shortened(String.valueOf(objectId), AuditEntry.MAX_OBJECT_ID), outcome,
				shortened(detail, AuditEntry.MAX_DETAIL));
	}

	/**
	 * Who the request being handled is for: the logged-in principal as it names itself,
	 * {@link AuditActor#ANONYMOUS} for a visitor, {@link AuditActor#PLATFORM} outside any
	 * request (scheduled work).
	 */
	public AuditActor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Audited principal) {
			return principal.audited();
		}
		return RequestContextHolder.getRequestAttributes() == null ? AuditActor.PLATFORM : AuditActor.ANONYMOUS;
	}

	/**
	 * What a refusal says, as a failure's detail: its message code, which names no
	 * person, or else the kind of exception.
	 */
	public static String reason(RuntimeException refusal) {
		if (refusal instanceof RefusedException refused) {
			return refused.messageCode();
		}
		if (refusal instanceof NotFoundException notFound) {
			return notFound.messageCode();
		}
		if (refusal instanceof InvalidParameterException invalid) {
			return invalid.parameter() + ": " + invalid.messageCode();
		}
		return refusal.getClass().getSimpleName();

	}

	/** Cut to fit its column: an object id may come from the request, e.g. a path. */
	private static String shortened(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

}
