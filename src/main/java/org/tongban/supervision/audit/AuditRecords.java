package org.tongban.supervision.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.shared.persistence.DatabaseTime;
import org.tongban.shared.audit.AuditEntry;
import org.tongban.shared.audit.AuditOutcome;

/** The audit tables: chain heads and chained records. */
@Repository
class AuditRecords {

	private final JdbcClient jdbc;

	AuditRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the head rows of chains 0 to {@code count - 1} that are missing, each in a
	 * statement of its own: of two nodes starting at once, the second finds it made.
	 */
	void makeChains(int count) {
		for (int chain = 0; chain < count; chain++) {
			try {
				jdbc.sql("""
						insert into supervision_audit_chain (chain_no, head_seq_no, head_mac)
						select :chain, 0, null where not exists
						  (select 1 from supervision_audit_chain where chain_no = :chain)""")
					.param("chain", chain)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another node made it in between.
			}
		}
	}

	/** The chain's head, locked until the end of the caller's transaction. */
	ChainHead lockHead(int chain) {
		return jdbc.sql("""
				select chain_no, head_seq_no, head_mac from supervision_audit_chain
				where chain_no = :chain for update""").param("chain", chain).query(AuditRecords::head).single();
	}

	/** Every chain's head, by chain number. */
	List<ChainHead> heads() {
		return jdbc.sql("select chain_no, head_seq_no, head_mac from supervision_audit_chain order by chain_no")
			.query(AuditRecords::head)
			.list();
	}

	/** The chains that hold records. */
	List<Integer> chainsWithRecords() {
		return jdbc.sql("select distinct chain_no from supervision_audit_record").query(Integer.class).list();
	}

	/** Appends the record to its chain and moves the chain's head to it. */
	void append(ChainedRecord record) {
		AuditEntry entry = record.entry();
		jdbc.sql("""
				insert into supervision_audit_record (chain_no, seq_no, recorded_at, actor_id, actor_role,
				  actor_department, client_address, request_id, action, object_type, object_id, outcome, detail,
				  prev_mac, mac)
				values (:chain, :seq, :time, :actorId, :role, :department, :clientAddress, :requestId, :action,
				  :objectType, :objectId, :outcome, :detail, :prevMac, :mac)""")
			.param("chain", record.chain())
			.param("seq", record.sequence())
			.param("time", DatabaseTime.column(entry.time()))
			.param("actorId", entry.actorId())
			.param("role", entry.role())
			.param("department", entry.department())
			.param("clientAddress", entry.clientAddress())
			.param("requestId", entry.requestId())
			.param("action", entry.action())
			.param("objectType", entry.objectType())
			.param("objectId", entry.objectId())
			.param("outcome", entry.outcome().name())
			.param("detail", entry.detail())
			.param("prevMac", record.previousMac())
			.param("mac", record.mac())
			.update();
		jdbc.sql("update supervision_audit_chain set head_seq_no = :seq, head_mac = :mac where chain_no = :chain")
			.param("seq", record.sequence())
			.param("mac", record.mac())
			.param("chain", record.chain())
			.update();
	}

	/**
	 * At most {@code limit} records of the chain after one sequence number and up to
	 * another, in order.
	 */
	List<ChainedRecord> page(int chain, long afterSequence, long upToSequence, int limit) {
		return jdbc.sql("""
				select * from supervision_audit_record where chain_no = :chain and seq_no > :after
				  and seq_no <= :upTo order by seq_no fetch first :limit rows only""")
			.param("chain", chain)
			.param("after", afterSequence)
			.param("upTo", upToSequence)
			.param("limit", limit)
			.query(AuditRecords::record)
			.list();
	}

	/**
	 * The last sequence number of the chain's oldest records, all recorded before the
	 * time and at most {@code limit} of them, and the first; empty when its first record
	 * is not that old.
	 */
	Optional<long[]> archivable(int chain, Instant before, int limit) {
		Long first = jdbc.sql("select min(seq_no) from supervision_audit_record where chain_no = :chain")
			.param("chain", chain)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (first == null) {
			return Optional.empty();
		}
		Long firstRecent = jdbc
			.sql("select min(seq_no) from supervision_audit_record where chain_no = :chain and recorded_at >= :before")
			.param("chain", chain)
			.param("before", DatabaseTime.column(before))
			.query(Long.class)
			.optional()
			.orElse(null);
		long last = firstRecent != null ? firstRecent - 1
				: jdbc.sql("select max(seq_no) from supervision_audit_record where chain_no = :chain")
					.param("chain", chain)
					.query(Long.class)
					.single();
		last = Math.min(last, first + limit - 1);
		return last < first ? Optional.empty() : Optional.of(new long[] { first, last });
	}

	/**
	 * Deletes the chain's records up to a sequence number and recorded before a time,
	 * once they are archived. On PostgreSQL the application's role may not delete audit
	 * records: it calls the owner's function {@code supervision_audit_delete_archived}
	 * (AuditGrants), which deletes only records older than six months.
	 */
	long deleteArchived(int chain, long upTo, Instant before) {
		boolean ownersFunction = jdbc
			.sql("select count(*) from information_schema.routines"
					+ " where lower(routine_name) = 'supervision_audit_delete_archived'")
			.query(Long.class)
			.single() > 0;
		if (ownersFunction) {
			return jdbc.sql("select supervision_audit_delete_archived(:chain, :upTo, :before)")
				.param("chain", chain)
				.param("upTo", upTo)
				.param("before", DatabaseTime.column(before))
				.query(Long.class)
				.single();
		}
		return jdbc.sql("""
				delete from supervision_audit_record where chain_no = :chain and seq_no <= :upTo
				  and recorded_at < :before""")
			.param("chain", chain)
			.param("upTo", upTo)
			.param("before", DatabaseTime.column(before))
			.update();
	}

	private static ChainHead head(ResultSet row, int rowNum) throws SQLException {
		return new ChainHead(row.getInt("chain_no"), row.getLong("head_seq_no"), row.getString("head_mac"));
	}

	private static ChainedRecord record(ResultSet row, int rowNum) throws SQLException {
		return new ChainedRecord(row.getInt("chain_no"), row.getLong("seq_no"), entry(row), row.getString("prev_mac"),
				row.getString("mac"));
	}

	/** The entry of a record's row. */
	static AuditEntry entry(ResultSet row) throws SQLException {
		return new AuditEntry(DatabaseTime.instant(row, "recorded_at"), row.getObject("actor_id", UUID.class),
				row.getString("actor_role"), row.getString("actor_department"), row.getString("client_address"),
				row.getString("request_id"), row.getString("action"), row.getString("object_type"),
				row.getString("object_id"), AuditOutcome.valueOf(row.getString("outcome")), row.getString("detail"));
	}

	/** The last record of a chain: its sequence number (0 for none) and MAC. */
	record ChainHead(int chain, long sequence, String mac) {
	}

	/** A record at its place in its chain. */
	record ChainedRecord(int chain, long sequence, AuditEntry entry, String previousMac, String mac) {
	}

}
