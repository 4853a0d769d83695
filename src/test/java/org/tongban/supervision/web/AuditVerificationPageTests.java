package org.tongban.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.shared.audit.AuditEntry;
import org.tongban.shared.audit.AuditOutcome;
import org.tongban.shared.audit.AuditTrail;
import org.tongban.support.AuditTables;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

/**
 * R8.4: the auditor verifies the audit trail from a page, which tells that it is intact,
 * or names the chain and the record where it was altered and how, in the reader's
 * language; the verification is recorded. The test edits a record of its own and puts it
 * back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditVerificationPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	Visitor auditor;

	EnrolledStaff auditorAccount;

	String object = "TB-verify-" + UUID.randomUUID();

	@BeforeEach
	void logIn() {
		auditorAccount = EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(Role.AUDITOR, "ZWFWJ"));
		auditor = new Visitor(mvc);
		auditor.logIn(auditorAccount);
		for (String action : new String[] { "case.accept", "case.review" }) {
			transaction.executeWithoutResult(status -> trail.record(new AuditEntry(clock.instant(), null, "PLATFORM",
					null, null, null, action, "case", object, AuditOutcome.SUCCESS, null)));
		}
	}

	@AfterEach
	void putTheRecordBack() {
		AuditTables.owner(environment, jdbc)
			.sql("update supervision_audit_record set outcome = 'SUCCESS' where object_id = :object")
			.param("object", object)
			.update();
	}

	@Test
	void theAuditorIsToldTheTrailIsIntactOrWhereAndHowItWasAltered() {
		WebPage form = auditor.page("/audit/verification");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text()).contains("校验审计日志", "开始校验");

		WebPage intact = WebPage.of(auditor.post("/audit/verification"));
		assertThat(intact.status()).isEqualTo(200);
		assertThat(intact.text()).contains("审计日志完整，未发现篡改").doesNotContain("已被篡改或损坏");

		Location edited = jdbc
			.sql("select chain_no, seq_no from supervision_audit_record where object_id = :object"
					+ " and action = 'case.review'")
			.param("object", object)
			.query((row, n) -> new Location(row.getInt(1), row.getLong(2)))
			.single();
		AuditTables.owner(environment, jdbc)
			.sql("update supervision_audit_record set outcome = 'FAILURE' where chain_no = :chain and seq_no = :seq")
			.param("chain", edited.chain())
			.param("seq", edited.sequence())
			.update();

		WebPage broken = WebPage.of(auditor.post("/audit/verification"));
		assertThat(broken.text()).contains("审计日志已被篡改或损坏",
				"第 " + edited.chain() + " 条链，第 " + edited.sequence() + " 号记录：记录的认证码与其内容不符");

		WebPage english = WebPage.of(auditor.post("/audit/verification?lang=en"));
		assertThat(english.text()).contains("Chain " + edited.chain() + ", record " + edited.sequence()
				+ ": the record's MAC does not match its content");

		assertThat(jdbc
			.sql("select detail from supervision_audit_record where action = 'audit.verify' and actor_id = :auditor"
					+ " order by recorded_at, seq_no")
			.param("auditor", auditorAccount.actor().id())
			.query(String.class)
			.list()).hasSize(3).first().asString().startsWith("intact");
	}

	record Location(int chain, long sequence) {
	}

}
