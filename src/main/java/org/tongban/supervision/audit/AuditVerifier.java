package org.tongban.supervision.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.tongban.supervision.audit.AuditArchives.Archive;
import org.tongban.supervision.audit.AuditAnchors.AnchoredHead;
import org.tongban.supervision.audit.AuditAnchors.LatestAnchor;
import org.tongban.supervision.audit.AuditRecords.ChainHead;
import org.tongban.supervision.audit.AuditRecords.ChainedRecord;
import org.tongban.supervision.audit.AuditVerification.ChainBreak;
import org.tongban.supervision.audit.AuditVerification.Reason;

/**
 * Walks every chain of the audit trail in sequence order and reports the first broken
 * record of each (R8.4). Within a chain each record must follow its predecessor without a
 * gap ({@link Reason#SEQUENCE_GAP}), name the predecessor's MAC as its previous MAC
 * ({@link Reason#BROKEN_LINK}) and carry the MAC of its content under the key
 * ({@link Reason#MAC_MISMATCH}). The chain must end at its head row
 * ({@link Reason#TAIL_DELETED} when it ends earlier, {@link Reason#HEAD_MISMATCH} when
 * the head names another record) and reach the latest anchor's head with the anchored MAC
 * ({@link Reason#TAIL_DELETED}, {@link Reason#ANCHOR_MISMATCH}), provided the anchor's
 * signature is good. A chain's archives ({@link AuditArchives}) come before its rows:
 * each must match its signature ({@link Reason#ARCHIVE_ALTERED}) and its records are
 * checked as the rows are, so that the first row must follow the last archived record.
 * Records written after the verifier read the heads are left for the next run. Reads page
 * by page, so its memory does not grow with the trail.
 */
@Service
public class AuditVerifier {

	private static final int PAGE = 500;

	private final AuditRecords records;

	private final AuditAnchors anchors;

	private final ChainMac mac;

	private final AuditArchives archives;

	AuditVerifier(AuditRecords records, AuditAnchors anchors, ChainMac mac, AuditArchives archives) {
		this.records = records;
		this.anchors = anchors;
		this.mac = mac;
		this.archives = archives;
	}

	public AuditVerification verify() {
		LatestAnchor latest = anchors.latest();
		Map<Integer, AnchoredHead> anchored = latest.status() == AnchorStatus.VALID
				? latest.anchor().heads().stream().collect(Collectors.toMap(AnchoredHead::chain, Function.identity()))
				: Map.of();
		Map<Integer, ChainHead> heads = new TreeMap<>();
		records.heads().forEach(head -> heads.put(head.chain(), head));
		TreeSet<Integer> chains = new TreeSet<>(heads.keySet());
		chains.addAll(anchored.keySet());
		chains.addAll(records.chainsWithRecords());
		List<ChainBreak> breaks = new ArrayList<>();
		long read = 0;
		for (int chain : chains) {
			ChainHead head = heads.getOrDefault(chain, new ChainHead(chain, 0, null));
			ChainWalk walk = new ChainWalk(chain, Optional.ofNullable(anchored.get(chain)));
			read += walk.walk(head.sequence());
			walk.end(head).ifPresent(breaks::add);
		}
		return new AuditVerification(List.copyOf(breaks), latest.status(), read);
	}

	/** One chain, read in order until its first break. */
	private final class ChainWalk {

		private final int chain;

		private final Optional<AnchoredHead> anchored;

		private long last;

		private String lastMac;

		private String macAtAnchor;

		private ChainBreak broken;

		ChainWalk(int chain, Optional<AnchoredHead> anchored) {
			this.chain = chain;
			this.anchored = anchored;
		}

		/**
		 * Reads the chain's records up to its first break, or up to the head or the
		 * anchored head, whichever is later; returns how many were read.
		 */
		long walk(long headSequence) {
			long read = 0;
			for (Archive archive : archives.of(chain)) {
				List<ChainedRecord> archived = archives.read(archive);
				if (archived == null) {
					broken = new ChainBreak(chain, archive.first(), Reason.ARCHIVE_ALTERED, archive.name());
					return read;
				}
				for (ChainedRecord record : archived) {
					read++;
					if (!follow(record) || record.chain() != chain) {
						broken = broken != null
								? new ChainBreak(chain, broken.sequence(), broken.reason(), archive.name())
								: new ChainBreak(chain, record.sequence(), Reason.ARCHIVE_ALTERED, archive.name());
						return read;
					}
				}
			}
			long end = Math.max(headSequence, anchored.map(AnchoredHead::sequence).orElse(0L));
			List<ChainedRecord> page;
			do {
				page = records.page(chain, last, end, PAGE);
				for (ChainedRecord record : page) {
					read++;
					if (!follow(record)) {
						return read;
					}
				}
			}
			while (page.size() == PAGE);
			return read;
		}

		/** Checks the record and moves past it; false at a break. */
		private boolean follow(ChainedRecord record) {
			broken = check(record);
			if (broken != null) {
				return false;
			}
			last = record.sequence();
			lastMac = record.mac();
			if (anchored.isPresent() && anchored.get().sequence() == last) {
				macAtAnchor = lastMac;
			}
			return true;
		}

		private ChainBreak check(ChainedRecord record) {
			if (record.sequence() != last + 1) {
				return new ChainBreak(chain, last + 1, Reason.SEQUENCE_GAP);
			}
			if (!Objects.equals(record.previousMac(), lastMac)) {
				return new ChainBreak(chain, record.sequence(), Reason.BROKEN_LINK);
			}
			if (!mac.matches(record.mac(), chain, record.sequence(), record.entry(), record.previousMac())) {
				return new ChainBreak(chain, record.sequence(), Reason.MAC_MISMATCH);
			}
			return null;
		}

		/** The chain's first break, once its records are read and its end is compared. */
		Optional<ChainBreak> end(ChainHead head) {
			if (broken != null) {
				return Optional.of(broken);
			}
			long anchoredSequence = anchored.map(AnchoredHead::sequence).orElse(0L);
			if (head.sequence() > last || anchoredSequence > last) {
				return Optional.of(new ChainBreak(chain, last + 1, Reason.TAIL_DELETED));
			}
			if (anchoredSequence > 0 && !Objects.equals(macAtAnchor, anchored.get().mac())) {
				return Optional.of(new ChainBreak(chain, anchoredSequence, Reason.ANCHOR_MISMATCH));
			}
			if (head.sequence() < last) {
				return Optional.of(new ChainBreak(chain, head.sequence() + 1, Reason.HEAD_MISMATCH));
			}
			if (!Objects.equals(head.mac(), lastMac)) {
				return Optional.of(new ChainBreak(chain, last, Reason.HEAD_MISMATCH));
			}
			return Optional.empty();
		}

	}

}
