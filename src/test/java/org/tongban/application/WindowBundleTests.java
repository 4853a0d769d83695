package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.window.WalkInFixtures;
import org.tongban.application.window.WindowDesk;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.NotFoundException;
import org.tongban.storage.SampleFiles;
import org.tongban.support.AuditProbe;

/**
 * R4.5, R2.5: the integrated window registers a walk-in application for a bundle (一件事) as
 * for a single matter: one combined form filled in with the applicant, one set of scanned
 * materials, one submission; each member application carries the channel WINDOW and the
 * clerk's registration, and the applicant continues online.
 */
@ApplicationTest
class WindowBundleTests {

	@Autowired
	WindowDesk desk;

	@Autowired
	WalkInFixtures walkIns;

	@Autowired
	BundleApplications bundles;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	CaseWork work;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R4.5, R2.5: a window clerk registers the 企业开办 bundle for an enterprise; its members carry the "
			+ "channel WINDOW and the enterprise's agent sees the bundle in /my")
	void aWindowClerkRegistersTheEnterpriseStartBundle() {
		Actor clerk = walkIns.windowClerk();
		Restaurant enterprise = food.restaurant();
		walkIns.enterprise(enterprise.creditCode(), enterprise.agent().actor().name(), enterprise.agent().residentId());

		Actor applicant = desk.identifyEnterprise(clerk, enterprise.creditCode().value());
		BundleApplication draft = desk.startBundle(clerk, applicant, EnterpriseStartBundles.BUNDLE);
		desk.saveBundle(clerk, draft.id(), EnterpriseStartBundles.answers(desk.bundleForm(clerk, draft.id())));
		desk.bundleMaterials(clerk, draft.id())
			.stream()
			.filter(CombinedMaterial::required)
			.forEach(material -> scanPdf(clerk, draft.id(), material.key()));
		assertThat(desk.checkBundle(clerk, draft.id()).problems()).isEmpty();
		String key = UUID.randomUUID().toString();
		Receipt receipt = desk.submitBundle(clerk, draft.id(), key);
		assertThat(desk.submitBundle(clerk, draft.id(), key)).isEqualTo(receipt);

		// Each member is a walk-in application of the enterprise, registered by the
		// clerk,
		// its scans marked as made at the window (R13.4).
		List<Application> members = bundles.members(enterprise.enterprise(), draft.id());
		assertThat(members).hasSize(4).allSatisfy(member -> {
			assertThat(member.channel()).isEqualTo(Channel.WINDOW);
			assertThat(member.registeredBy()).isEqualTo(clerk.id());
			assertThat(member.applicantId()).isEqualTo(enterprise.enterprise().id());
			assertThat(member.materials()).allMatch(AttachedMaterial::scannedAtWindow);
		});
		assertThat(members).flatExtracting(Application::materials).isNotEmpty();
		// The receipt to print names the bundle's number and every member's.
		BundleApplication printed = desk.bundleReceipt(clerk, receipt.number());
		assertThat(printed.members()).extracting(BundleApplication.Member::number).doesNotContainNull();
		assertThat(desk.bundleReceiptOf(clerk, printed)).isEqualTo(receipt);

		// The enterprise's agent finds the bundle in /my and follows it online.
		assertThat(bundles.mine(enterprise.enterprise())).extracting(BundleApplication::number)
			.contains(receipt.number());
		// The platform starts the first stage: its member's case opens at its department,
		// made at the window, the clerk's registration in its history (R5.2, R12.7).
		BundleApplication.Member registration = printed.stage(1).get(0);
		CaseView opened = awaitStep(registration.number(), "ACCEPTANCE", registration.departmentCode());
		assertThat(opened.application().channel()).isEqualTo(Channel.WINDOW);
		assertThat(opened.history()).anySatisfy(entry -> {
			assertThat(entry.actorName()).isEqualTo(clerk.name());
			assertThat(entry.role()).isEqualTo(Role.WINDOW_CLERK.name());
		});

		// Every action is the clerk's in the audit trail, the submission too (R8.4).
		var audit = new AuditProbe(jdbc);
		assertThat(audit.of("bundle", draft.id())).extracting(AuditProbe.Row::summary)
			.contains(AuditProbe.Row.summary("window.bundleStart", "SUCCESS", clerk.id()),
					AuditProbe.Row.summary("bundle.start", "SUCCESS", clerk.id()),
					AuditProbe.Row.summary("window.bundleAnswer", "SUCCESS", clerk.id()),
					AuditProbe.Row.summary("window.bundleScan", "SUCCESS", clerk.id()));
		assertThat(audit.of("bundle", receipt.number())).extracting(AuditProbe.Row::summary)
			.contains(AuditProbe.Row.summary("bundle.submit", "SUCCESS", clerk.id()),
					AuditProbe.Row.summary("window.bundleReceipt", "SUCCESS", clerk.id()));
	}

	@Test
	@DisplayName("R4.5, R12.5: a clerk reaches only the bundles they registered: another clerk's draft is not found")
	void aClerkCannotReachAnotherClerksBundle() {
		Actor clerk = walkIns.windowClerk();
		Restaurant enterprise = food.restaurant();
		walkIns.enterprise(enterprise.creditCode(), enterprise.agent().actor().name(), enterprise.agent().residentId());
		BundleApplication draft = desk.startBundle(clerk,
				desk.identifyEnterprise(clerk, enterprise.creditCode().value()), EnterpriseStartBundles.BUNDLE);
		// A bundle the enterprise started online is no clerk's either.
		BundleApplication online = bundles.start(enterprise.enterprise(), EnterpriseStartBundles.BUNDLE);

		Actor otherClerk = walkIns.windowClerk();
		for (UUID id : List.of(draft.id(), online.id())) {
			assertThatThrownBy(() -> desk.bundle(otherClerk, id)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> desk.saveBundle(otherClerk, id, Map.of("contactMobile", List.of("13912345678"))))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> scanPdf(otherClerk, id, EnterpriseStartBundles.AUTHORIZATION))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> desk.submitBundle(otherClerk, id, UUID.randomUUID().toString()))
				.isInstanceOf(NotFoundException.class);
		}
		assertThatThrownBy(() -> desk.bundle(clerk, online.id())).isInstanceOf(NotFoundException.class);
		assertThat(new AuditProbe(jdbc).of("bundle", draft.id())).extracting(AuditProbe.Row::summary)
			.contains(AuditProbe.Row.summary("window.bundleView", "FAILURE", otherClerk.id()));
	}

	private AttachedMaterial scanPdf(Actor clerk, UUID bundleId, String materialKey) {
		return desk.scanForBundle(clerk, bundleId, materialKey, materialKey + ".pdf",
				new ByteArrayInputStream(SampleFiles.pdf("scan of " + materialKey + " for " + bundleId)));
	}

	private CaseView awaitStep(String number, String step, String department) {
		Actor observer = walkIns.accounts()
			.staff(TestAccounts.accountName(), DepartmentRole.of(Role.APPROVER, department));
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.ignoreExceptions()
			.until(() -> work.open(observer, number), view -> view.step().equals(step));
	}

}
