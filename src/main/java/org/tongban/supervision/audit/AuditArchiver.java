package org.tongban.supervision.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.supervision.audit.AuditRecords.ChainHead;
import org.tongban.supervision.audit.AuditRecords.ChainedRecord;

/**
 * Retention of the audit trail (R8.4): every {@code tongban.audit.archive-every}, the
 * records older than {@code tongban.audit.retention} (six months at least) are written,
 * chain segment by chain segment, into signed archives ({@link AuditArchives}) and then
 * deleted from the database, in one transaction per segment that holds the chain's head
 * row: of two nodes, the second finds the segment gone. The chain stays verifiable:
 * {@link AuditVerifier} walks a chain's archives before its rows.
 */
@Component
class AuditArchiver {

	private static final Logger log = LoggerFactory.getLogger(AuditArchiver.class);

	/** The most records of a chain in one archive, which is built in memory. */
	static final int SEGMENT = 10_000;

	private final AuditRecords records;

	private final AuditArchives archives;

	private final Audit audit;

	private final Clock clock;

	private final Period retention;

	private final TransactionTemplate transaction;

	AuditArchiver(AuditRecords records, AuditArchives archives, Audit audit, Clock clock, AuditProperties properties,
			PlatformTransactionManager transactions) {
		this.records = records;
		this.archives = archives;
		this.audit = audit;
		this.clock = clock;
		this.retention = properties.retention();
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${tongban.audit.archive-every:1d}",
			initialDelayString = "${tongban.audit.archive-every:1d}")
	void archivePeriodically() {
		try {
			archive();
		}
		catch (RuntimeException ex) {
			// The database or the directory may be away: the next round tries again.
			log.warn("Could not archive the audit trail: {}", ex.getMessage());
		}
	}

	/** Archives and deletes the records older than the retention; returns how many. */
	long archive() {
		Instant before = ZonedDateTime.now(clock).minus(retention).toInstant();
		long archived = 0;
		for (ChainHead head : records.heads()) {
			long segment;
			do {
				segment = transaction.execute(status -> archiveSegment(head.chain(), before));
				archived += segment;
			}
			while (segment == SEGMENT);
		}
		if (archived > 0) {
			audit.succeeded(AuditActor.PLATFORM, "audit.archive", "audit", "archive",
					"records=" + archived + " before=" + before);
		}
		return archived;
	}

	private long archiveSegment(int chain, Instant before) {
		records.lockHead(chain);
		return records.archivable(chain, before, SEGMENT).map(range -> {
			List<ChainedRecord> segment = records.page(chain, range[0] - 1, range[1], SEGMENT);
			archives.write(chain, segment);
			long deleted = records.deleteArchived(chain, range[1], before);
			if (deleted != segment.size()) {
				throw new IllegalStateException("Archived " + segment.size() + " audit records of chain " + chain
						+ " but could delete " + deleted);
			}
			return deleted;
		}).orElse(0L);
	}

}
