package org.tongban.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.exchange.registry.AccessLogRepository;
import org.tongban.exchange.registry.CreditRecordStore;

/**
 * The credit register (信用记录) of the data exchange: the credit events that bar an
 * applicant from the fast tracks (a false commitment, a revoked licence, gaps not
 * supplied, R15.6, R15.7), read by the fast tracks' rules like any base registry, every
 * read logged with its purpose for the person to see (R9.3, R16.1).
 */
@Service
public class CreditRegister {

	private final CreditRecordStore store;

	private final AccessLogRepository log;

	private final Clock clock;

	CreditRegister(CreditRecordStore store, AccessLogRepository log, Clock clock) {
		this.store = store;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * The subject's records in force today, the newest first; the read is logged. Not in
	 * a transaction that has written an audit record already (see
	 * {@link AccessLogRepository#record}).
	 */
	public List<CreditRecord> inForce(CreditSubject subject, AccessPurpose purpose) {
		Objects.requireNonNull(purpose, "purpose");
		LocalDate today = LocalDate.now(clock);
		List<CreditRecord> found = store.of(subject).stream().filter(record -> record.inForceOn(today)).toList();
		log.record(Registry.CREDIT, purpose, subject.person(), subject.legalPerson(), null);
		return found;
	}

	/** Whether the subject has a record of one of the kinds in force today; logged. */
	public boolean hasInForce(CreditSubject subject, Set<CreditEventKind> kinds, AccessPurpose purpose) {
		return inForce(subject, purpose).stream().anyMatch(record -> kinds.contains(record.kind()));
	}

	/**
	 * Writes a credit event recorded today, in force for its kind's period; a second
	 * event of the same kind from the same case is not written again.
	 * @param caseReference the case it arose from (its number), or null
	 * @param reason why, in Chinese
	 * @param recordedBy a member of staff's id, or {@code system}
	 * @return the record written, or the one written before for the case
	 */
	@Transactional
	public CreditRecord record(CreditSubject subject, CreditEventKind kind, String caseReference, String reason,
			String recordedBy) {
		Objects.requireNonNull(kind, "kind");
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new IllegalArgumentException("A credit record states its reason in at most 500 characters");
		}
		if (caseReference != null && store.exists(kind, caseReference)) {
			return store.of(subject)
				.stream()
				.filter(earlier -> earlier.kind() == kind && caseReference.equals(earlier.caseReference()))
				.findFirst()
				.orElseThrow();
		}
		LocalDate today = LocalDate.now(clock);
		var record = new CreditRecord(UUID.randomUUID(), subject, kind, today, today.plus(kind.inForce()),
				caseReference, reason.strip(), recordedBy);
		store.add(record, clock.instant());
		return record;
	}

}
