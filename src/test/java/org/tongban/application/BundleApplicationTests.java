package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.catalog.FormProblem;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CaseClocks;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;

/**
 * R2.5, R5.2: a bundle (一件事) is applied for as one application: one combined form in
 * which a question several member matters ask is asked once, one set of materials in
 * which a material several matters need is uploaded once, and one submission with one
 * number and query code; each member gets its own number and waits for its stage, and
 * opens as a single application when its stage starts.
 */
@ApplicationTest
class BundleApplicationTests {

	@Autowired
	BundleApplications bundles;

	@Autowired
	BundleFiles bundleFiles;

	@Autowired
	MyApplications myApplications;

	@Autowired
	EnterpriseStartBundles enterpriseStart;

	@Autowired
	TestClock clock;

	@Autowired
	CaseClocks clocks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R2.5: the contact mobile that three member matters ask for is asked once and written into each")
	void aQuestionSeveralMembersAskIsAskedOnceAndWrittenIntoEveryMember() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = bundles.start(enterprise.enterprise(), EnterpriseStartBundles.BUNDLE);

		CombinedForm form = bundles.save(enterprise.enterprise(), draft.id(),
				Map.of("contactMobile", List.of("13912345678")));

		CombinedForm.Question mobile = form.question("contactMobile").orElseThrow();
		assertThat(mobile.askers()).extracting(CombinedForm.Asker::matterCode)
			.containsExactly("SCJGJ-QYSLDJ", "RSJ-DWSBDJ", "GAJ-YZKZBA");
		assertThat(form.shared()).contains(mobile);
		// The tax office's finance officer's mobile is the same data element for another
		// person: asked apart.
		assertThat(form.question("SWJ-XBNSRSX.financeMobile")).isPresent();
		assertThat(form.questions().filter(question -> question.field().key().equals("contactMobile"))).hasSize(1);
		assertThat(bundles.members(enterprise.enterprise(), draft.id()))
			.filteredOn(member -> !member.matterCode().equals("SWJ-XBNSRSX"))
			.allSatisfy(member -> assertThat(member.answers().value("contactMobile")).isEqualTo("13912345678"));
	}

	@Test
	@DisplayName("R2.5: a material three member matters need is uploaded once and attached to each")
	void aMaterialSeveralMembersNeedIsUploadedOnceAndAttachedToEach() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = bundles.start(enterprise.enterprise(), EnterpriseStartBundles.BUNDLE);

		AttachedMaterial file = enterpriseStart.attachPdf(enterprise.enterprise(), draft.id(),
				EnterpriseStartBundles.AUTHORIZATION);

		CombinedMaterial authorization = bundles.materials(enterprise.enterprise(), draft.id())
			.stream()
			.filter(material -> material.key().equals(EnterpriseStartBundles.AUTHORIZATION))
			.findFirst()
			.orElseThrow();
		assertThat(authorization.needs()).extracting(CombinedMaterial.Need::matterCode)
			.containsExactly("SCJGJ-QYSLDJ", "SWJ-XBNSRSX", "GAJ-YZKZBA");
		assertThat(authorization.files()).extracting(AttachedMaterial::attachmentId)
			.containsExactly(file.attachmentId());
		assertThat(bundles.members(enterprise.enterprise(), draft.id()))
			.filteredOn(member -> !member.matterCode().equals("RSJ-DWSBDJ"))
			.allSatisfy(member -> assertThat(member.materials()).extracting(AttachedMaterial::attachmentId)
				.containsExactly(file.attachmentId()));
	}

	@Test
	@DisplayName("R2.5, R5.2: one submission gives one number and query code, and each member its own number, waiting")
	void oneSubmissionGivesTheBundleANumberAndEachMemberItsOwnWaitingForItsStage() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = enterpriseStart.completeDraft(enterprise);
		assertThat(bundles.check(enterprise.enterprise(), draft.id()).problems()).isEmpty();
		String key = UUID.randomUUID().toString();

		Receipt receipt = bundles.submit(enterprise.enterprise(), draft.id(), key);
		Receipt retried = bundles.submit(enterprise.enterprise(), draft.id(), key);

		assertThat(retried).isEqualTo(receipt);
		assertThat(receipt.number()).matches("TB20261127\\d{6}");
		assertThat(receipt.queryCode()).matches("[2-9A-HJKMNP-Z]{8}");
		assertThat(receipt.clockStartsOn()).isEqualTo(LocalDate.of(2026, 11, 30));
		BundleApplication submitted = bundles.byNumber(enterprise.enterprise(), receipt.number());
		assertThat(submitted.status()).isEqualTo(BundleStatus.SUBMITTED);
		// The platform opens the first stage by itself, right after the submission: its
		// member may have been received already; the later stages wait.
		assertThat(submitted.members()).hasSize(4)
			.allSatisfy(member -> assertThat(member.status()).isIn(ApplicationStatus.WAITING,
					member.stage() == 1 ? ApplicationStatus.SUBMITTED : ApplicationStatus.WAITING))
			.extracting(BundleApplication.Member::number)
			.doesNotContainNull()
			.doesNotHaveDuplicates()
			.doesNotContain(receipt.number());
		assertThat(submitted.stage(1)).extracting(BundleApplication.Member::matterCode).containsExactly("SCJGJ-QYSLDJ");
		assertThat(events.stream(BundleSubmitted.class).filter(event -> event.bundleId().equals(draft.id())))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.number()).isEqualTo(receipt.number());
				assertThat(event.committedLimitDays()).isEqualTo(2);
				assertThat(event.members()).hasSize(4);
			});
	}

	@Test
	@DisplayName("R5.2: when its stage starts a waiting member is received as a single application and its case opens")
	void aMemberOpensWhenItsStageStarts() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = enterpriseStart.completeDraft(enterprise);
		Receipt receipt = bundles.submit(enterprise.enterprise(), draft.id(), UUID.randomUUID().toString());
		// A member of the second stage, which the platform opens only once registration
		// is
		// granted: here its stage starts by hand, twice, as a redelivered event would.
		BundleApplication.Member seals = bundleFiles.byNumber(receipt.number())
			.orElseThrow()
			.stage(2)
			.stream()
			.filter(member -> member.matterCode().equals("GAJ-YZKZBA"))
			.findFirst()
			.orElseThrow();
		clock.set(java.time.LocalDateTime.of(2026, 11, 30, 9, 0));

		bundleFiles.open(seals.applicationId(), clock.instant());
		bundleFiles.open(seals.applicationId(), clock.instant());

		Application opened = myApplications.byNumber(enterprise.enterprise(), seals.number());
		assertThat(opened.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(opened.receipt().orElseThrow().clockStartsOn()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(opened.receipt().orElseThrow().acceptanceDueOn()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(opened.currentStep().orElseThrow().step()).isEqualTo("ACCEPTANCE");
		assertThat(events.stream(ApplicationSubmitted.class)
			.filter(event -> event.applicationId().equals(seals.applicationId()))).singleElement().satisfies(event -> {
				assertThat(event.number()).isEqualTo(seals.number());
				assertThat(event.departmentCode()).isEqualTo("GAJ");
				assertThat(event.clockStartsOn()).isEqualTo(LocalDate.of(2026, 12, 1));
			});
		assertThat(bundleFiles.get(draft.id()).stage(2))
			.filteredOn(member -> !member.applicationId().equals(seals.applicationId()))
			.allSatisfy(member -> assertThat(member.status()).isEqualTo(ApplicationStatus.WAITING));
	}

	@Test
	@DisplayName("R1.6, R2.5: what the platform verified is shown once, read-only, and cannot be overridden")
	void aVerifiedAnswerIsShownAndCannotBeOverriddenFromTheCombinedForm() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = bundles.start(enterprise.enterprise(), EnterpriseStartBundles.BUNDLE);

		CombinedForm form = bundles.form(enterprise.enterprise(), draft.id());

		assertThat(form.question("uscc")).isEmpty();
		assertThat(form.verified()).filteredOn(question -> question.key().equals("uscc"))
			.singleElement()
			.satisfies(uscc -> {
				assertThat(uscc.value()).isEqualTo(enterprise.creditCode().value());
				assertThat(uscc.askers()).hasSize(3);
			});
		assertThatThrownBy(
				() -> bundles.save(enterprise.enterprise(), draft.id(), Map.of("uscc", List.of("91210202MA0Q5K7D3U"))))
			.isInstanceOfSatisfying(ApplicationIncompleteException.class,
					ex -> assertThat(ex.problems()).extracting(problem -> problem.field() + " " + problem.code())
						.containsExactly("uscc application.identity.fixed.ACCOUNT"));
		assertThat(bundles.members(enterprise.enterprise(), draft.id()))
			.filteredOn(member -> member.answers().has("uscc"))
			.allSatisfy(
					member -> assertThat(member.answers().value("uscc")).isEqualTo(enterprise.creditCode().value()));
	}

	@Test
	@DisplayName("R2.5: a member's problem is told once, next to the combined field it came from")
	void aMembersProblemIsToldNextToTheCombinedField() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = bundles.start(enterprise.enterprise(), EnterpriseStartBundles.BUNDLE);

		assertThatThrownBy(() -> bundles.save(enterprise.enterprise(), draft.id(),
				Map.of("contactMobile", List.of("12345"), "SWJ-XBNSRSX.financeMobile", List.of("999"))))
			.isInstanceOfSatisfying(ApplicationIncompleteException.class,
					ex -> assertThat(ex.problems()).extracting(FormProblem::field)
						.containsExactlyInAnyOrder("contactMobile", "SWJ-XBNSRSX.financeMobile"));
		assertThat(bundles.check(enterprise.enterprise(), draft.id()).problems()).extracting(FormProblem::field)
			.containsOnlyOnce("contactMobile", "SCJGJ-QYSLDJ.enterpriseType", "material.SCJGJ-QYSLDJ.M02");
	}

	@Test
	@DisplayName("R3.5, R5.2: withdrawing a bundle withdraws its open member, and the waiting ones never start")
	void withdrawingABundleWithdrawsItsOpenMembersAndTheWaitingOnesNeverStart() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = enterpriseStart.completeDraft(enterprise);
		Receipt receipt = bundles.submit(enterprise.enterprise(), draft.id(), UUID.randomUUID().toString());
		BundleApplication.Member registration = awaitFirstStageOpened(draft.id());

		BundleApplication withdrawn = bundles.withdraw(enterprise.enterprise(), receipt.number());

		assertThat(withdrawn.status()).isEqualTo(BundleStatus.WITHDRAWN);
		assertThat(withdrawn.members())
			.allSatisfy(member -> assertThat(member.status()).isEqualTo(ApplicationStatus.WITHDRAWN));
		assertThat(events.stream(ApplicationWithdrawn.class)
			.filter(event -> withdrawn.member(event.applicationId()).isPresent()))
			.extracting(ApplicationWithdrawn::applicationId)
			.containsExactly(registration.applicationId());
		assertThat(events.stream(BundleWithdrawn.class).filter(event -> event.bundleId().equals(draft.id())))
			.hasSize(1);
		bundleFiles.open(withdrawn.stage(2).get(0).applicationId(), clock.instant());
		assertThat(bundleFiles.get(draft.id()).stage(2).get(0).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThatThrownBy(() -> bundles.withdraw(enterprise.enterprise(), receipt.number()))
			.isInstanceOf(RefusedException.class);
	}

	@Test
	@DisplayName("R8.4: starting, answering, attaching, submitting and withdrawing a bundle each leave a record")
	void everyActionOnABundleIsAudited() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = enterpriseStart.completeDraft(enterprise);
		Receipt receipt = bundles.submit(enterprise.enterprise(), draft.id(), UUID.randomUUID().toString());
		awaitFirstStageOpened(draft.id());
		bundles.withdraw(enterprise.enterprise(), receipt.number());
		AuditProbe audit = new AuditProbe(jdbc);

		assertThat(audit.of("bundle", draft.id())).extracting(AuditProbe.Row::action)
			.contains("bundle.start", "bundle.answer", "bundle.attach");
		assertThat(audit.of("bundle", receipt.number())).extracting(AuditProbe.Row::summary)
			.containsExactly(AuditProbe.Row.summary("bundle.submit", "SUCCESS", enterprise.enterprise().id()),
					AuditProbe.Row.summary("bundle.withdraw", "SUCCESS", enterprise.enterprise().id()));
	}

	@Test
	@DisplayName("R12.5: another applicant's bundle is not found")
	void anotherApplicantsBundleIsNotFound() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = bundles.start(enterprise.enterprise(), EnterpriseStartBundles.BUNDLE);
		Restaurant other = enterpriseStart.enterprise();

		assertThatThrownBy(() -> bundles.get(other.enterprise(), draft.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> bundles.save(other.enterprise(), draft.id(), Map.of("contactMobile", List.of("13912345678"))))
			.isInstanceOf(NotFoundException.class);
	}

	/**
	 * The member of the first stage once the platform has opened it and its case (with
	 * its clock) has opened at its department.
	 */
	private BundleApplication.Member awaitFirstStageOpened(UUID bundleId) {
		BundleApplication.Member first = bundleFiles.get(bundleId).stage(1).get(0);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> clocks.of(first.applicationId()).isPresent());
		return first;
	}

}
