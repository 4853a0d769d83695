package org.tongban.storage.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.storage.AttachmentType;
import org.tongban.storage.StoredAttachment;

/**
 * The metadata of attachments, table {@code storage_attachment}, with the id of the key
 * that sealed each file, so that an operator can tell which files a key still protects
 * before retiring it. Times are stored in UTC.
 */
@Repository
public class AttachmentRecords {

	private final JdbcClient jdbc;

	AttachmentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(StoredAttachment attachment, String keyId) {
		jdbc.sql("""
				insert into storage_attachment (id, display_name, type, size_bytes, sha256, key_id, stored_at)
				values (:id, :displayName, :type, :size, :sha256, :keyId, :storedAt)""")
			.param("id", attachment.id())
			.param("displayName", attachment.displayName())
			.param("type", attachment.type().name())
			.param("size", attachment.size())
			.param("sha256", attachment.sha256())
			.param("keyId", keyId)
			.param("storedAt", LocalDateTime.ofInstant(attachment.storedAt(), ZoneOffset.UTC))
			.update();
	}

	public Optional<StoredAttachment> find(UUID id) {
		return jdbc.sql("""
				select id, display_name, type, size_bytes, sha256, stored_at
				from storage_attachment where id = :id""")
			.param("id", id)
			.query(AttachmentRecords::attachment)
			.optional();
	}

	private static StoredAttachment attachment(ResultSet row, int rowNum) throws SQLException {
		return new StoredAttachment(row.getObject("id", UUID.class), row.getString("display_name"),
				AttachmentType.valueOf(row.getString("type")), row.getLong("size_bytes"), row.getString("sha256"),
				row.getObject("stored_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
	}

}
