package org.tongban.supervision.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.audit.AuditEntry;
import org.tongban.shared.audit.AuditTrail;
import org.tongban.supervision.audit.AuditRecords.ChainHead;
import org.tongban.supervision.audit.AuditRecords.ChainedRecord;

/**
 * Appends each entry to the chain of its object ({@link #chainOf}), in the caller's
 * transaction. The chain's head row is locked until that transaction ends, so that the
 * chain's sequence has no gaps and each record links to the one before it; writers of
 * objects in other chains do not wait.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	private final AuditRecords records;

	private final ChainMac mac;

	private final int chains;

	JdbcAuditTrail(AuditRecords records, ChainMac mac, AuditProperties properties) {
		this.records = records;
		this.mac = mac;
		this.chains = properties.chains();
		records.makeChains(chains);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEntry entry) {
		int chain = chainOf(entry.objectType(), entry.objectId(), chains);
		ChainHead head = records.lockHead(chain);
		long sequence = head.sequence() + 1;
		records
			.append(new ChainedRecord(chain, sequence, entry, head.mac(), mac.of(chain, sequence, entry, head.mac())));
	}

	/** The chain, of {@code chains}, that the records of an object go to. */
	static int chainOf(String objectType, String objectId, int chains) {
		return Math.floorMod((objectType + '\u0000' + objectId).hashCode(), chains);
	}

}
