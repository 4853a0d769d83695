package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.application.Commitments;
import org.tongban.application.Drafts;
import org.tongban.application.SignedCommitment;
import org.tongban.application.Submissions;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.CreditEventKind;
import org.tongban.exchange.CreditRecord;
import org.tongban.exchange.CreditRegister;
import org.tongban.exchange.CreditSubject;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.storage.SampleFiles;
import org.tongban.notification.outbox.InAppMessage;
import org.tongban.notification.outbox.Outbox;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.DeadlineWarned;
import org.tongban.supervision.WorkingDayCalendar;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;

/**
 * R5.5, R15.7: informed commitment. The applicant signs the commitment with a code sent
 * to their own mobile; the grant is issued at once with its decision; a post-verification
 * goes to the department's reviewers, due the matter's working days later; a false
 * commitment revokes the decision, writes a credit record and tells the applicant, who is
 * not offered a commitment again.
 */
@IdentityTest
class InformedCommitmentTests {

	/** 异地就医备案: a personal matter of 医保局 offering informed commitment, 30 days. */
	static final String MEDICAL_FILING = "YBJ-YDJYBA";

	static final String YBJ = "YBJ";

	static final AccessPurpose TEST = AccessPurpose.of("test:commitment", LocalizedText.of("测试", "Test"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Drafts drafts;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Commitments commitments;

	@Autowired
	Submissions submissions;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	PostVerifications verifications;

	@Autowired
	CreditRegister credit;

	@Autowired
	CaseClocks clocks;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CaseFixtures cases;

	@Autowired
	Outbox outbox;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	TestAccounts.Person person;

	@BeforeEach
	void aPersonInsuredInDCity() {
		person = new TestAccounts(accounts).person();
	}

	@Test
	@DisplayName("R15.7: a person with a false commitment on record is not offered informed commitment, nor can sign one")
	void aPersonWithAFalseCommitmentIsNotOfferedIt() {
		credit.record(CreditSubject.of(person.residentId()), CreditEventKind.FALSE_COMMITMENT, "TB20250301000001",
				"经事后核查，承诺不实", "system");
		Application draft = completeDraft();

		assertThat(commitments.offer(person.actor(), draft.id(), Locale.CHINA)).isEmpty();
		assertThatThrownBy(
				() -> commitments.sendCode(person.actor(), draft.id(), TestAccounts.clientAddress(), Locale.CHINA))
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.messageCode()).isEqualTo("application.commitment.notOffered"));
		assertThatThrownBy(() -> commitments.sign(person.actor(), draft.id(), "123456", Locale.CHINA))
			.isInstanceOf(RefusedException.class);
	}

	@Test
	@DisplayName("R5.5, R15.7: commitment signed by SMS code → granted at once with its decision → post-verification due in 30 working days → false commitment → revoked, credit record, notice")
	void aFalseCommitmentFoundOnPostVerificationRevokesTheGrant() {
		Application draft = completeDraft();
		Commitments.Offer offer = commitments.offer(person.actor(), draft.id(), Locale.CHINA).orElseThrow();
		assertThat(offer.text()).contains("告知承诺", "参加D市基本医疗保险且参保状态正常", "《中华人民共和国社会保险法》第二十九条", "30个工作日内进行事后核查",
				"撤销行政许可决定", "记入信用记录", "法律责任");
		assertThat(offer.maskedPhone()).isEqualTo(person.mobile().masked());

		SignedCommitment signed = sign(draft);
		assertThat(signed.text()).isEqualTo(offer.text());
		assertThat(signed.digest()).hasSize(64).matches("[0-9a-f]+");
		assertThat(signed.method()).isEqualTo(SignedCommitment.Method.SMS_CODE);
		assertThat(signed.signerId()).isEqualTo(person.actor().id());

		String number = submissions.submit(person.actor(), draft.id(), UUID.randomUUID().toString()).number();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> caseFiles.get(draft.id()), application -> application.status() == ApplicationStatus.GRANTED);
		await().atMost(Duration.ofSeconds(30))
			.alias("the decision follows the grant's commit, once")
			.untilAsserted(() -> assertThat(caseFiles.get(draft.id()).documents()).extracting(CaseDocument::kind)
				.containsOnlyOnce("ACCEPTANCE_NOTICE", "GRANT_DECISION"));
		assertThat(caseFiles.commitment(draft.id())).contains(signed);

		Actor reviewer = cases.staff(Role.REVIEWER, YBJ);
		PostVerification open = openVerification(reviewer, number);
		assertThat(open.grantedOn()).isEqualTo(TestClock.DEMO_DAY);
		assertThat(open.dueOn()).as("30 working days after the grant")
			.isEqualTo(calendar.addWorkingDays(TestClock.DEMO_DAY, 30));
		assertThat(clocks.of(open.id())).as("its clock brings the warnings").isPresent();
		assertThatThrownBy(() -> verifications.get(cases.staff(Role.REVIEWER, CaseFixtures.SCJGJ), open.id()))
			.as("another department's reviewer")
			.isInstanceOf(NotFoundException.class);
		assertThat(verifications.get(reviewer, open.id()).commitment()).contains(signed);

		assertThatThrownBy(
				() -> verifications.record(reviewer, open.id(), PostVerification.Outcome.FALSE_COMMITMENT, "  ", null))
			.isInstanceOfSatisfying(InvalidParameterException.class, invalid -> assertThat(invalid.messageCode())
				.isEqualTo("approval.postVerification.reasons.required"));
		PostVerification found = verifications.record(reviewer, open.id(), PostVerification.Outcome.FALSE_COMMITMENT,
				"经向就医地核实，申请人未在异地长期居住", "《中华人民共和国行政许可法》第六十九条第二款");

		assertThat(found.outcome()).isEqualTo(PostVerification.Outcome.FALSE_COMMITMENT);
		Application revoked = caseFiles.get(draft.id());
		assertThat(revoked.status()).isEqualTo(ApplicationStatus.REVOKED);
		assertThat(revoked.documents()).extracting(CaseDocument::kind).contains("REVOCATION_DECISION");
		assertThat(revoked.timeline()).last().extracting(step -> step.step()).isEqualTo("REVOKED");
		List<CreditRecord> records = credit.inForce(CreditSubject.of(person.residentId()), TEST);
		assertThat(records).singleElement().satisfies(record -> {
			assertThat(record.kind()).isEqualTo(CreditEventKind.FALSE_COMMITMENT);
			assertThat(record.caseReference()).isEqualTo(number);
			assertThat(record.reason()).contains("未在异地长期居住");
		});
		// The revocation's notice is sent after its commit, and the grant's own notice
		// may follow it: the applicant has both.
		await().atMost(Duration.ofSeconds(30))
			.alias("the revocation's SMS reaches the applicant")
			.untilAsserted(() -> assertThat(new SmsInbox(mvc).recent(person.mobile()))
				.anySatisfy(sms -> assertThat(sms).contains(number, "虚假承诺", "撤销")));
		assertThat(verifications.open(reviewer)).extracting(PostVerification::number).doesNotContain(number);
		assertThatThrownBy(
				() -> verifications.record(reviewer, open.id(), PostVerification.Outcome.CONFIRMED, null, null))
			.isInstanceOf(RefusedException.class);

		assertThat(commitments.offer(person.actor(), completeDraft().id(), Locale.CHINA))
			.as("not offered again after a false commitment")
			.isEmpty();
	}

	@Test
	@DisplayName("R5.5: a confirmed commitment closes the post-verification and the grant stands")
	void aConfirmedCommitmentClosesTheVerification() {
		Application draft = completeDraft();
		Actor reviewer = cases.staff(Role.REVIEWER, YBJ);
		PostVerification open = grantedOnCommitment(draft, reviewer);
		String number = open.number();

		PostVerification confirmed = verifications.record(reviewer, open.id(), PostVerification.Outcome.CONFIRMED, null,
				null);

		assertThat(confirmed.outcome()).isEqualTo(PostVerification.Outcome.CONFIRMED);
		assertThat(verifications.open(reviewer)).extracting(PostVerification::number).doesNotContain(number);
		assertThat(clocks.of(open.id()).orElseThrow().isStopped()).isTrue();
		assertThat(caseFiles.get(draft.id()).status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(credit.hasInForce(CreditSubject.of(person.residentId()), Set.of(CreditEventKind.FALSE_COMMITMENT),
				TEST))
			.isFalse();
	}

	@Test
	@DisplayName("R5.5, R8.3: a warning on the post-verification's clock tells the department's reviewers, and the grant is audited")
	void aWarningOnThePostVerificationTellsTheReviewers() {
		Actor reviewer = cases.staff(Role.REVIEWER, YBJ);
		Actor otherDepartmentsReviewer = cases.staff(Role.REVIEWER, CaseFixtures.SCJGJ);
		PostVerification open = grantedOnCommitment(completeDraft(), reviewer);
		String number = open.number();

		// As the warning scan raises it on the verification's own clock, in a
		// transaction.
		transaction.executeWithoutResult(status -> events
			.publishEvent(new DeadlineWarned(open.id(), number, null, DeadlineWarned.Level.YELLOW, open.dueOn())));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(outbox.messages(reviewer.id()))
				.anySatisfy(message -> assertThat(message.kind()).isEqualTo("WARNING_YELLOW")));
		assertThat(outbox.messages(otherDepartmentsReviewer.id())).extracting(InAppMessage::kind)
			.doesNotContain("WARNING_YELLOW");
		assertThat(new AuditProbe(jdbc).platformActions("case", number)).containsOnlyOnce("approval.commitmentGrant");
	}

	@Test
	@DisplayName("R5.5: without a signed commitment the case goes to the department's queue as usual")
	void withoutACommitmentTheCaseIsReviewedAsUsual() {
		Application draft = completeDraft();
		String number = submissions.submit(person.actor(), draft.id(), UUID.randomUUID().toString()).number();

		await().atMost(Duration.ofSeconds(30)).until(() -> clocks.of(draft.id()).isPresent());
		assertThat(caseFiles.get(draft.id()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(verifications.open(cases.staff(Role.REVIEWER, YBJ))).extracting(PostVerification::number)
			.doesNotContain(number);
	}

	private SignedCommitment sign(Application draft) {
		commitments.sendCode(person.actor(), draft.id(), TestAccounts.clientAddress(), Locale.CHINA);
		String code = new SmsInbox(mvc).latestCode(person.mobile()).orElseThrow();
		assertThatThrownBy(() -> commitments.sign(person.actor(), draft.id(), "12ab56", Locale.CHINA))
			.isInstanceOf(InvalidParameterException.class);
		return commitments.sign(person.actor(), draft.id(), code, Locale.CHINA);
	}

	/** The draft signed by SMS code and submitted: its post-verification, once open. */
	private PostVerification grantedOnCommitment(Application draft, Actor reviewer) {
		sign(draft);
		String number = submissions.submit(person.actor(), draft.id(), UUID.randomUUID().toString()).number();
		return openVerification(reviewer, number);
	}

	private PostVerification openVerification(Actor reviewer, String number) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> verifications.open(reviewer).stream().filter(each -> each.number().equals(number)).findFirst(),
					found -> found.isPresent())
			.orElseThrow();
	}

	private Application completeDraft() {
		return completeDraft(drafts, materials, person.actor());
	}

	/** A filing for long-term residence elsewhere, complete and ready to submit. */
	static Application completeDraft(Drafts drafts, ApplicationMaterials materials, Actor applicant) {
		Application draft = drafts.start(applicant, MEDICAL_FILING);
		drafts.save(applicant, draft.id(),
				Map.of("insuranceType", List.of("EMPLOYEE"), "byAgent", List.of("NO"), "filingType",
						List.of("LONG_TERM_RESIDENT"), "province", List.of("11"), "city", List.of("北京市"), "startDate",
						List.of("2026-12-01")));
		materials.attach(applicant, draft.id(), "M02", "M02.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("declaration of " + draft.id())));
		return drafts.get(applicant, draft.id());
	}

}
