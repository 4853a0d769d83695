package org.tongban.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.audit.AuditEntry;
import org.tongban.shared.audit.AuditOutcome;
import org.tongban.shared.audit.AuditTrail;
import org.tongban.supervision.audit.AuditVerification.ChainBreak;
import org.tongban.supervision.audit.AuditVerification.Reason;
import org.tongban.support.AuditTables;
import org.tongban.support.TestClock;

/**
 * Retention of the audit trail (R8.4): records are kept at least six months (a shorter
 * retention is refused at start-up), then archived into signed, compressed files and
 * deleted, as the application's own role (on PostgreSQL through the owner's function, the
 * one deletion that role may do); the chains stay verifiable across archives and rows,
 * and an archive altered or removed after it was written is named. Each test starts from
 * an empty trail and no archives.
 */
@SpringBootTest
class AuditArchiveTests {

	static final String CASE = "case";

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditArchiver archiver;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditProperties properties;

	@Autowired
	TestClock clock;

	@Autowired
	TransactionTemplate transaction;

	/** As the audit tables' owner, to empty them. */
	JdbcClient owner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditArchiveTests(JdbcClient application, Environment environment) {
		this.owner = AuditTables.owner(environment, application);
	}

	@BeforeEach
	@AfterEach
	void emptyTrail() throws IOException {
		clock.reset();
		owner.sql("delete from supervision_audit_record").update();
		owner.sql("update supervision_audit_chain set head_seq_no = 0, head_mac = null").update();
		deleteFiles(properties.archives());
		deleteFiles(properties.anchors());
	}

	@Test
	void aRetentionBelowSixMonthsIsRefusedAtStartUp() {
		assertThatIllegalStateException().isThrownBy(() -> properties(Period.ofMonths(5)))
			.withMessageContaining("tongban.audit.retention must be at least 6 months");
		assertThatIllegalStateException().isThrownBy(() -> properties(Period.ofDays(180)));
		assertThat(properties(Period.ofMonths(6)).retention()).isEqualTo(Period.ofMonths(6));
		assertThat(properties(Period.ofDays(184)).archives()).isEqualTo(Path.of("audit", "archives"));
		assertThat(properties.retention()).as("the default").isEqualTo(Period.ofMonths(6));
	}

	@Test
	void recordsOlderThanTheRetentionAreArchivedSignedAndDeletedAndTheChainStaysVerifiable() throws IOException {
		int chain = JdbcAuditTrail.chainOf(CASE, "TB-1", properties.chains());
		ZonedDateTime now = ZonedDateTime.now(clock);
		record("TB-1", now.minusMonths(7), "case.accept");
		record("TB-1", now.minusMonths(6).minusDays(1), "case.review");
		record("TB-1", now.minusMonths(6).plusDays(1), "case.decide");
		record("TB-1", now.minusDays(1), "case.close");

		assertThat(archiver.archive()).isEqualTo(2);

		assertThat(jdbc.sql("select seq_no from supervision_audit_record where chain_no = :chain order by seq_no")
			.param("chain", chain)
			.query(Long.class)
			.list()).as("the younger records stay").containsExactly(3L, 4L);
		Path archive = properties.archives().resolve("chain-%04d-%012d-%012d.jsonl.gz".formatted(chain, 1, 2));
		assertThat(archive).exists();
		assertThat(archive.resolveSibling(archive.getFileName() + ".sig")).exists();
		assertThat(gunzip(archive)).contains("case.accept", "case.review").doesNotContain("case.decide");
		assertThat(verifier.verify().intact()).isTrue();
		assertThat(verifier.verify().records()).as("the four, and the record of the archiving").isEqualTo(5);

		clock.advance(Duration.ofDays(3));
		assertThat(archiver.archive()).as("a later round archives what has aged since").isEqualTo(1);
		record("TB-1", ZonedDateTime.now(clock), "case.reopen");
		AuditVerification later = verifier.verify();
		assertThat(later.breaks()).isEmpty();
		assertThat(later.records()).isEqualTo(7);
		assertThat(jdbc.sql("select count(*) from supervision_audit_record where action = 'audit.archive'")
			.query(Integer.class)
			.single()).as("each archiving is audited").isEqualTo(2);
	}

	@Test
	void anArchiveAlteredAfterItWasWrittenIsNamed() throws IOException {
		int chain = JdbcAuditTrail.chainOf(CASE, "TB-1", properties.chains());
		ZonedDateTime now = ZonedDateTime.now(clock);
		record("TB-1", now.minusMonths(8), "case.accept");
		record("TB-1", now.minusMonths(8), "case.review");
		record("TB-1", now.minusDays(1), "case.decide");
		archiver.archive();
		Path archive = properties.archives().resolve("chain-%04d-%012d-%012d.jsonl.gz".formatted(chain, 1, 2));

		gzip(archive, gunzip(archive).replace("case.review", "case.refuse"));

		assertThat(verifier.verify().breaks())
			.contains(new ChainBreak(chain, 1, Reason.ARCHIVE_ALTERED, archive.getFileName().toString()));
		var out = new ByteArrayOutputStream();
		assertThat(AuditVerifyCommand.verify(verifier, new java.io.PrintStream(out, true, StandardCharsets.UTF_8)))
			.isEqualTo(AuditVerifyCommand.BROKEN);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("in archive " + archive.getFileName());

		Files.delete(archive);
		Files.delete(archive.resolveSibling(archive.getFileName() + ".sig"));
		assertThat(verifier.verify().breaks()).as("an archive removed")
			.contains(new ChainBreak(chain, 1, Reason.SEQUENCE_GAP));
	}

	private void record(String objectId, ZonedDateTime time, String action) {
		transaction.executeWithoutResult(status -> trail.record(new AuditEntry(time.toInstant(), UUID.randomUUID(),
				"REVIEWER", "SCJGJ", "192.0.2.1", "req-1", action, CASE, objectId, AuditOutcome.SUCCESS, null)));
	}

	private static AuditProperties properties(Period retention) {
		return new AuditProperties(Path.of("audit"), null, 16, Duration.ofMinutes(10), null, null, null, retention,
				null, Duration.ofDays(1));
	}

	private static String gunzip(Path file) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void gzip(Path file, String text) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void deleteFiles(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
	}

}
