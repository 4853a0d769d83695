package org.tongban.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
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
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

/**
 * R8.4, MLPS level 3: the auditor finds records of the audit trail by case number,
 * account, object, action and days, pages through them, exports them as CSV, and every
 * search and export is itself recorded; what cannot be read is refused next to its field
 * with 400, never 500. Each test writes records of a case number and an account of its
 * own, so that it finds only what it wrote, whatever else the trail holds.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditConsolePageTests {

	static final ZoneId CITY = TestClock.CITY;

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

	Visitor auditor;

	EnrolledStaff auditorAccount;

	EnrolledStaff reviewer;

	String caseNumber;

	@BeforeEach
	void logIn() {
		auditorAccount = EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(Role.AUDITOR, "ZWFWJ"));
		auditor = new Visitor(mvc);
		auditor.logIn(auditorAccount);
		reviewer = EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		caseNumber = "TB2026" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theAuditorFindsTheRecordsOfACaseNumberAndOfAnAccountNameWithEveryColumn() {
		record("2026-12-01T09:30:05", reviewer.actor().id(), "case.review", "case", caseNumber, AuditOutcome.SUCCESS,
				"opinion=approve");
		record("2026-12-02T10:00:00", reviewer.actor().id(), "case.decide", "case", caseNumber, AuditOutcome.FAILURE,
				"approval.duty.separated");
		record("2026-12-02T11:00:00", reviewer.actor().id(), "attachment.read", "attachment", "A-" + caseNumber,
				AuditOutcome.SUCCESS, null);

		assertThat(auditor.page("/staff").html()).as("the auditor's way to the console").contains("href=\"/audit\"");
		WebPage byCase = auditor.page("/audit?q=" + caseNumber);

		assertThat(byCase.status()).isEqualTo(200);
		assertThat(byCase.text())
			.contains("共 2 条记录", "2026-12-02 10:00:00", "2026-12-01 09:30:05", reviewer.accountName(),
					reviewer.actor().id().toString(), "REVIEWER", "SCJGJ", "10.0.0.7", "req-" + caseNumber,
					"case.decide", "失败或被拒绝", "approval.duty.separated", "case.review", "成功")
			.doesNotContain("attachment.read");
		assertThat(byCase.text().indexOf("case.decide")).as("newest first")
			.isLessThan(byCase.text().indexOf("case.review"));

		WebPage byAccount = auditor.page("/audit?q=" + reviewer.accountName().toUpperCase());
		assertThat(byAccount.text()).contains("共 3 条记录", "attachment.read", "case.decide", "case.review");

		assertThat(jdbc
			.sql("select count(*) from supervision_audit_record where action = 'audit.search' and actor_id = :auditor"
					+ " and detail = :detail")
			.param("auditor", auditorAccount.actor().id())
			.param("detail", "q=" + caseNumber)
			.query(Integer.class)
			.single()).as("the search is audited").isOne();
	}

	@Test
	void theCriteriaNarrowTheSearchTogether() {
		UUID reviewerId = reviewer.actor().id();
		record("2026-11-30T23:59:59", reviewerId, "case.review", "case", caseNumber, AuditOutcome.SUCCESS, null);
		record("2026-12-01T00:00:00", reviewerId, "case.review", "case", caseNumber, AuditOutcome.SUCCESS, null);
		record("2026-12-03T23:59:59", reviewerId, "case.decide", "case", caseNumber, AuditOutcome.SUCCESS, null);
		record("2026-12-04T00:00:00", reviewerId, "case.review", "case", caseNumber, AuditOutcome.SUCCESS, null);
		record("2026-12-02T08:00:00", null, "case.warn", "case", caseNumber, AuditOutcome.SUCCESS, "RED");

		assertThat(
				auditor.page("/audit?objectType=case&objectId=" + caseNumber + "&from=2026-12-01&to=2026-12-03").text())
			.contains("共 3 条记录", "2026-12-01 00:00:00", "2026-12-03 23:59:59", "case.warn");
		assertThat(auditor.page("/audit?actor=" + reviewer.accountName() + "&objectId=" + caseNumber).text())
			.contains("共 4 条记录")
			.doesNotContain("case.warn");
		assertThat(auditor.page("/audit?actor=" + reviewerId + "&action=case.decide").text()).contains("共 1 条记录",
				"2026-12-03 23:59:59");
		assertThat(auditor.page("/audit?actor=nobody.of.this.name&objectId=" + caseNumber).text())
			.contains("没有符合条件的记录");
		assertThat(auditor.page("/audit?objectType=attachment&objectId=" + caseNumber).text()).contains("没有符合条件的记录");
	}

	@Test
	void theRecordsComeAPageAtATime() {
		for (int i = 0; i < AuditConsolePage.PAGE_SIZE + 1; i++) {
			record(LocalDateTime.parse("2026-12-01T08:00:00").plusMinutes(i).toString(), null, "case.warn", "case",
					caseNumber, AuditOutcome.SUCCESS, "n" + i);
		}

		WebPage first = auditor.page("/audit?q=" + caseNumber);
		WebPage second = auditor.page("/audit?q=" + caseNumber + "&page=2");

		assertThat(first.count("class=\"queue__item\"")).isEqualTo(AuditConsolePage.PAGE_SIZE);
		assertThat(first.text()).contains("第 1 页，共 2 页", "2026-12-01 08:50:00").doesNotContain("08:00:00");
		assertThat(first.html()).contains("page=2");
		assertThat(second.count("class=\"queue__item\"")).isOne();
		assertThat(second.text()).contains("2026-12-01 08:00:00");
	}

	@Test
	void whatCannotBeReadIsRefusedNextToItsFieldWith400() {
		WebPage badDate = auditor.page("/audit?from=2026-02-30&to=yesterday");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.title()).startsWith("错误");
		assertThat(badDate.html()).contains("id=\"from-error\"", "id=\"to-error\"");
		assertThat(badDate.text()).contains("请按“年-月-日”填写日期");

		WebPage backwards = auditor.page("/audit?from=2026-12-03&to=2026-12-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.text()).contains("截止日期不能早于起始日期");

		assertThat(auditor.page("/audit?page=0").text()).contains("页码必须是 1 到 10000 之间的整数");
		assertThat(auditor.page("/audit?page=abc").status()).isEqualTo(400);
		assertThat(auditor.page("/audit?actor=a b!").html()).contains("id=\"actor-error\"");
		assertThat(auditor.page("/audit?action=case%20accept").html()).contains("id=\"action-error\"");
		assertThat(auditor.page("/audit?objectId=" + "x".repeat(101)).text()).contains("最多 100 个字符");
		assertThat(auditor.page("/audit?objectId=a\nb").status()).isEqualTo(400);
		assertThat(auditor.get("/audit/export?to=31.12.2026")).hasStatus(400);

		Visitor english = new Visitor(mvc);
		english.logIn(EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(Role.AUDITOR, "ZWFWJ")));
		assertThat(english.page("/audit?from=2026-02-30&lang=en").text()).contains("Enter the date as year-month-day");
	}

	@Test
	void theExportIsCsvWithAByteOrderMarkAndIsAudited() throws Exception {
		record("2026-12-01T09:30:05", reviewer.actor().id(), "case.review", "case", caseNumber, AuditOutcome.SUCCESS,
				"=HYPERLINK(\"x\")");
		record("2026-12-01T09:31:00", null, "case.warn", "case", caseNumber, AuditOutcome.SUCCESS, "say \"red\", now");

		MvcTestResult export = auditor.get("/audit/export?q=" + caseNumber);

		assertThat(export).hasStatus(200);
		assertThat(export.getResponse().getContentType()).startsWith("text/csv");
		assertThat(export.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=\"audit-");
		byte[] body = export.getResponse().getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("\"时间\",\"账号编号\",\"登录账号\",\"角色\",\"部门\"");
		assertThat(lines[1]).startsWith("\"2026-12-01 09:31:00\",\"\",\"\",")
			.contains("\"case.warn\",\"case\",\"" + caseNumber + "\",\"成功\",\"say \"\"red\"\", now\"");
		assertThat(lines[2])
			.startsWith("\"2026-12-01 09:30:05\",\"" + reviewer.actor().id() + "\",\"" + reviewer.accountName()
					+ "\",\"REVIEWER\",\"SCJGJ\",\"10.0.0.7\"")
			.as("a formula is not one")
			.contains("\"'=HYPERLINK(\"\"x\"\")\"");

		assertThat(jdbc
			.sql("select detail from supervision_audit_record where action = 'audit.export' and actor_id = :auditor")
			.param("auditor", auditorAccount.actor().id())
			.query(String.class)
			.list()).containsExactly("q=" + caseNumber + " rows=2");
	}

	private void record(String cityTime, UUID actor, String action, String objectType, String objectId,
			AuditOutcome outcome, String detail) {
		transaction.executeWithoutResult(
				status -> trail.record(new AuditEntry(LocalDateTime.parse(cityTime).atZone(CITY).toInstant(), actor,
						actor == null ? "PLATFORM" : "REVIEWER", actor == null ? null : "SCJGJ",
						actor == null ? null : "10.0.0.7", actor == null ? null : "req-" + caseNumber, action,
						objectType, objectId, outcome, detail)));
	}

}
