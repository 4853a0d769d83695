package org.tongban.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.audit.AuditEntry;
import org.tongban.shared.audit.AuditOutcome;
import org.tongban.shared.audit.AuditTrail;
import org.tongban.supervision.audit.AuditRecords.ChainedRecord;
import org.tongban.supervision.audit.AuditVerification.ChainBreak;
import org.tongban.supervision.audit.AuditVerification.Reason;
import org.tongban.support.AuditTables;
import org.tongban.support.TestClock;

/**
 * The audit trail (R8.4): records commit and roll back with their action, writers of
 * objects in different chains do not wait for each other, and the verifier names the
 * chain and sequence number of the first record broken by each way of tampering with the
 * table: a record edited, the tail deleted, the chain rebuilt without the key, a gap; and
 * an anchor whose signature was altered. Each test starts from an empty trail.
 */
@SpringBootTest
class AuditTrailTests {

	static final String CASE = "case";

	@Autowired
	AuditTrail trail;

	@Autowired
	Audit audit;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditAnchors anchors;

	@Autowired
	AuditRecords records;

	@Autowired
	AuditProperties properties;

	@Autowired
	TestClock clock;

	/** As the audit tables' owner, who alone may edit and delete audit records. */
	JdbcClient jdbc;

	@Autowired
	AuditTrailTests(JdbcClient application, Environment environment) {
		this.jdbc = AuditTables.owner(environment, application);
	}

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	@AfterEach
	void emptyTrail() throws IOException {
		jdbc.sql("delete from supervision_audit_record").update();
		jdbc.sql("update supervision_audit_chain set head_seq_no = 0, head_mac = null").update();
		for (Path directory : List.of(properties.anchors(), properties.archives())) {
			if (!Files.isDirectory(directory)) {
				continue;
			}
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
		if (Files.isDirectory(properties.anchors())) {
			try (Stream<Path> files = Files.list(properties.anchors())) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@Test
	void recordsCommitAndRollBackWithTheirAction() {
		transaction.executeWithoutResult(status -> trail.record(entry("TB-1", "case.accept")));
		transaction.executeWithoutResult(status -> {
			trail.record(entry("TB-1", "case.decide"));
			status.setRollbackOnly();
		});

		int chain = chainOf("TB-1");
		assertThat(records.page(chain, 0, Long.MAX_VALUE, 10)).extracting(record -> record.entry().action())
			.containsExactly("case.accept");
		assertThat(records.heads()).filteredOn(head -> head.chain() == chain)
			.singleElement()
			.satisfies(head -> assertThat(head.sequence()).isOne());
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void aSuccessRollsBackWithItsActionAndAFailureIsKeptThoughItsActionRollsBack() {
		var reviewer = new AuditActor(UUID.randomUUID(), "REVIEWER", "SCJGJ");
		transaction.executeWithoutResult(status -> {
			audit.succeeded(reviewer, "case.review", CASE, "TB-2", null);
			audit.failed(reviewer, "case.decide", CASE, "TB-2", "approval.duty.separated");
			status.setRollbackOnly();
		});
		audit.succeeded(AuditActor.PLATFORM, "case.warn", CASE, "TB-2", "RED");

		assertThat(records.page(chainOf("TB-2"), 0, Long.MAX_VALUE, 10)).extracting(record -> record.entry())
			.extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::role, AuditEntry::department,
					AuditEntry::outcome, AuditEntry::detail, AuditEntry::time)
			.containsExactly(
					tuple("case.decide", reviewer.id(), "REVIEWER", "SCJGJ", AuditOutcome.FAILURE,
							"approval.duty.separated", clock.instant()),
					tuple("case.warn", null, "PLATFORM", null, AuditOutcome.SUCCESS, "RED", clock.instant()));
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void aRecordNeedsTheActionsTransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> trail.record(entry("TB-1", "case.accept")));
	}

	@Test
	void writersOfObjectsInOtherChainsDoNotWait() throws Exception {
		String first = "TB-1";
		String second = objectInAnotherChainThan(first);
		CountDownLatch firstRecorded = new CountDownLatch(1);
		CountDownLatch secondCommitted = new CountDownLatch(1);
		ExecutorService writers = Executors.newFixedThreadPool(2);
		try {
			Future<?> firstWriter = writers.submit(() -> transaction.executeWithoutResult(status -> {
				trail.record(entry(first, "case.accept"));
				firstRecorded.countDown();
				await(secondCommitted);
			}));
			await(firstRecorded);
			// The first writer holds its chain's head until it commits; the second must
			// not wait for it.
			writers.submit(() -> transaction.executeWithoutResult(status -> trail.record(entry(second, "case.accept"))))
				.get(10, TimeUnit.SECONDS);
			secondCommitted.countDown();
			firstWriter.get(10, TimeUnit.SECONDS);
		}
		finally {
			secondCommitted.countDown();
			writers.shutdownNow();
		}

		assertThat(jdbc.sql("select count(*) from supervision_audit_record").query(Long.class).single()).isEqualTo(2);
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void anEditedRecordIsFound() {
		int chain = recordThree("TB-1");

		jdbc.sql("update supervision_audit_record set outcome = 'FAILURE' where chain_no = :chain and seq_no = 2")
			.param("chain", chain)
			.update();

		assertThat(verifier.verify().breaks()).containsExactly(new ChainBreak(chain, 2, Reason.MAC_MISMATCH));
	}

	@Test
	void theCommandLineSaysIntactOrNamesTheBrokenRecordAndEndsWithItsStatus() {
		int chain = recordThree("TB-1");
		var intact = new ByteArrayOutputStream();

		assertThat(AuditVerifyCommand.verify(verifier, new PrintStream(intact, true, StandardCharsets.UTF_8)))
			.isEqualTo(AuditVerifyCommand.INTACT);
		assertThat(intact.toString(StandardCharsets.UTF_8)).contains("3 records read, anchor NONE", "INTACT");

		jdbc.sql("update supervision_audit_record set detail = 'x' where chain_no = :chain and seq_no = 2")
			.param("chain", chain)
			.update();
		var broken = new ByteArrayOutputStream();

		assertThat(AuditVerifyCommand.verify(verifier, new PrintStream(broken, true, StandardCharsets.UTF_8)))
			.isEqualTo(AuditVerifyCommand.BROKEN);
		assertThat(broken.toString(StandardCharsets.UTF_8))
			.contains("BROKEN chain " + chain + " at sequence 2: MAC_MISMATCH")
			.doesNotContain("INTACT");
	}

	@Test
	void theCommandLineRunsOnlyWhenAskedFor() {
		var runner = new ApplicationContextRunner().withBean(AuditVerifier.class, () -> verifier)
			.withUserConfiguration(AuditVerifyCommand.class);

		runner.run(context -> assertThat(context).doesNotHaveBean(AuditVerifyCommand.class));
		runner.withPropertyValues("tongban.audit.verify=true")
			.run(context -> assertThat(context).hasSingleBean(AuditVerifyCommand.class));
	}

	@Test
	void aDeletedTailIsFoundByTheHeadAndByTheAnchor() {
		int chain = recordThree("TB-1");
		anchors.anchor();

		jdbc.sql("delete from supervision_audit_record where chain_no = :chain and seq_no >= 2")
			.param("chain", chain)
			.update();
		assertThat(verifier.verify().breaks()).containsExactly(new ChainBreak(chain, 2, Reason.TAIL_DELETED));

		String firstMac = records.page(chain, 0, 1, 1).get(0).mac();
		jdbc.sql("update supervision_audit_chain set head_seq_no = 1, head_mac = :mac where chain_no = :chain")
			.param("mac", firstMac)
			.param("chain", chain)
			.update();
		AuditVerification verification = verifier.verify();
		assertThat(verification.anchor()).isEqualTo(AnchorStatus.VALID);
		assertThat(verification.breaks()).containsExactly(new ChainBreak(chain, 2, Reason.TAIL_DELETED));
	}

	@Test
	void aChainRebuiltWithoutTheKeyIsFound() {
		int chain = recordThree("TB-1");
		byte[] otherKey = new byte[32];
		new SecureRandom().nextBytes(otherKey);
		ChainMac forged = new ChainMac(new SecretKeySpec(otherKey, AuditKeys.MAC_ALGORITHM));

		String previous = null;
		for (ChainedRecord record : records.page(chain, 0, Long.MAX_VALUE, 10)) {
			String mac = forged.of(chain, record.sequence(), record.entry(), previous);
			jdbc.sql("""
					update supervision_audit_record set prev_mac = :previous, mac = :mac
					where chain_no = :chain and seq_no = :seq""")
				.param("previous", previous)
				.param("mac", mac)
				.param("chain", chain)
				.param("seq", record.sequence())
				.update();
			previous = mac;
		}
		jdbc.sql("update supervision_audit_chain set head_mac = :mac where chain_no = :chain")
			.param("mac", previous)
			.param("chain", chain)
			.update();

		assertThat(verifier.verify().breaks()).containsExactly(new ChainBreak(chain, 1, Reason.MAC_MISMATCH));
	}

	@Test
	void aGapInTheSequenceIsFound() {
		int chain = recordThree("TB-1");

		jdbc.sql("delete from supervision_audit_record where chain_no = :chain and seq_no = 2")
			.param("chain", chain)
			.update();

		assertThat(verifier.verify().breaks()).containsExactly(new ChainBreak(chain, 2, Reason.SEQUENCE_GAP));
	}

	@Test
	void anAnchorWithAnAlteredSignatureIsFound() throws IOException {
		recordThree("TB-1");
		Path anchor = anchors.anchor();
		assertThat(verifier.verify().anchor()).isEqualTo(AnchorStatus.VALID);

		String json = Files.readString(anchor);
		int signature = json.indexOf("\"signature\":\"") + "\"signature\":\"".length() + 10;
		char altered = json.charAt(signature) == 'A' ? 'B' : 'A';
		Files.writeString(anchor, json.substring(0, signature) + altered + json.substring(signature + 1));

		AuditVerification verification = verifier.verify();
		assertThat(verification.anchor()).isEqualTo(AnchorStatus.INVALID);
		assertThat(verification.intact()).isFalse();
	}

	/** Records three actions on the object, a second apart, and returns its chain. */
	private int recordThree(String objectId) {
		for (String action : List.of("case.accept", "case.review", "case.decide")) {
			transaction.executeWithoutResult(status -> trail.record(entry(objectId, action)));
			clock.advance(Duration.ofSeconds(1));
		}
		clock.reset();
		return chainOf(objectId);
	}

	private AuditEntry entry(String objectId, String action) {
		return new AuditEntry(clock.instant(), UUID.randomUUID(), "staff", "SCJGJ", "192.0.2.1", "req-1", action, CASE,
				objectId, AuditOutcome.SUCCESS, null);
	}

	private int chainOf(String objectId) {
		return JdbcAuditTrail.chainOf(CASE, objectId, properties.chains());
	}

	private String objectInAnotherChainThan(String objectId) {
		List<String> candidates = new ArrayList<>();
		for (int i = 2; candidates.isEmpty(); i++) {
			if (chainOf("TB-" + i) != chainOf(objectId)) {
				candidates.add("TB-" + i);
			}
		}
		return candidates.get(0);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
