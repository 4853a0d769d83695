package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.application.datause.DataUse;
import org.tongban.application.datause.DataUseLog;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterCatalog;
import org.tongban.exchange.DataElements;
import org.tongban.exchange.Registry;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.storage.SampleFiles;
import org.tongban.catalog.MatterVersion.Material;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.support.WebPage;

/**
 * R15.10, R16.1: before evidence the government holds is used in an application, the
 * applicant sees it, what it says, where it comes from and its status, and confirms it or
 * uploads their own instead, which is then required like any upload; the preview's
 * registry read is on their data-use page with its purpose and the draft.
 */
@IdentityTest
class SharedEvidenceTests {

	/** 教师资格认定: the resident identity card (M01) is held by the population registry. */
	static final String TEACHER = "JYJ-JSZGRD";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	Drafts drafts;

	@Autowired
	SharedEvidence sharedEvidence;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	DataUseLog dataUse;

	@Test
	@DisplayName("R15.10, R16.1: the preview shows the registry record, its source and status, and its read is logged")
	void thePreviewShowsTheSharedEvidenceAndConfirmingUsesIt() {
		TestAccounts.Person zhang = new TestAccounts(accounts).registryPerson("张伟", "210202198503120311", directory);
		Application draft = drafts.start(zhang.actor(), TEACHER);
		String path = "/apply/drafts/" + draft.id() + "/materials";

		WebPage page = WebPage
			.of(mvc.get().uri(path).with(authentication(new ActorAuthentication(zhang.actor()))).exchange());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("政府已掌握的材料", "公安局人口基础信息库", "张伟", "210202********0311", "正常", "使用这份材料", "上传我自己的")
			.doesNotContain("210202198503120311");
		assertThat(dataUse.of(zhang.actor(), 1).items()).anySatisfy(use -> {
			assertThat(use.kind()).isEqualTo(DataUse.Kind.REGISTRY_READ);
			assertThat(use.caseNumber()).isEqualTo(draft.id().toString());
			assertThat(use.purpose().zh()).startsWith("申请人预览共享材料");
		});

		assertThat(mvc.post()
			.uri(path + "/M01/shared/confirm")
			.with(authentication(new ActorAuthentication(zhang.actor())))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();

		assertThat(sharedEvidence.of(zhang.actor(), draft.id())).filteredOn(p -> p.material().code().equals("M01"))
			.singleElement()
			.satisfies(preview -> {
				assertThat(preview.kind()).isEqualTo(SharedEvidence.Kind.POPULATION);
				assertThat(preview.confirmed()).isTrue();
			});
		Application saved = drafts.get(zhang.actor(), draft.id());
		assertThat(materials.toUpload(saved)).extracting(Material::code).doesNotContain("M01");
		assertThat(drafts.check(zhang.actor(), draft.id()).problems()).extracting(FormProblem::field)
			.doesNotContain("material.M01");
	}

	@Test
	@DisplayName("R15.10: an applicant who uploads their own instead must upload it like any material")
	void choosingToUploadOnesOwnRequiresTheUpload() {
		TestAccounts.Person zhang = new TestAccounts(accounts).registryPerson("张伟", "210202198503120311", directory);
		Application draft = drafts.start(zhang.actor(), TEACHER);
		String path = "/apply/drafts/" + draft.id() + "/materials";
		assertThat(drafts.check(zhang.actor(), draft.id()).problems()).extracting(FormProblem::field)
			.doesNotContain("material.M01");

		assertThat(mvc.post()
			.uri(path + "/M01/shared/own")
			.with(authentication(new ActorAuthentication(zhang.actor())))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();

		Application saved = drafts.get(zhang.actor(), draft.id());
		assertThat(materials.toUpload(saved)).extracting(Material::code).contains("M01");
		assertThat(drafts.check(zhang.actor(), draft.id()).problems()).extracting(FormProblem::field)
			.contains("material.M01");
		assertThat(
				WebPage.of(mvc.get().uri(path).with(authentication(new ActorAuthentication(zhang.actor()))).exchange())
					.text())
			.contains("上传我自己的材料");
		assertThat(mvc.post()
			.uri(path + "/M09/shared/own")
			.with(authentication(new ActorAuthentication(zhang.actor())))
			.with(csrf())
			.exchange()).as("not a shared material: the page again, with the reason").hasStatus(200);
	}

	/** 异地就医备案: the resident identity card (M01) is held by the population registry. */
	static final String MEDICAL_FILING = "YBJ-YDJYBA";

	@Autowired
	Submissions submissions;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	VerifiedRecords verifiedRecords;

	@Autowired
	DataElements dictionary;

	@Autowired
	MatterCatalog catalog;

	@Test
	@DisplayName("R15.10, R16.1, R3.2: a confirmed registry record is attached to the case as verified evidence, as it was when confirmed")
	void aConfirmedRegistryRecordIsVerifiedEvidenceOfTheCase() {
		TestAccounts.Person zhang = new TestAccounts(accounts).registryPerson("张伟", "210202198503120311", directory);
		Application draft = drafts.start(zhang.actor(), MEDICAL_FILING);
		drafts.save(zhang.actor(), draft.id(),
				Map.of("insuranceType", List.of("EMPLOYEE"), "byAgent", List.of("NO"), "filingType",
						List.of("LONG_TERM_RESIDENT"), "province", List.of("11"), "city", List.of("北京市"), "startDate",
						List.of("2026-12-01")));
		materials.attach(zhang.actor(), draft.id(), "M02", "M02.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("declaration of " + draft.id())));
		assertThat(mvc.post()
			.uri("/apply/drafts/" + draft.id() + "/materials/M01/shared/confirm")
			.with(authentication(new ActorAuthentication(zhang.actor())))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();

		assertThat(verifiedRecords.of(draft.id())).singleElement().satisfies(record -> {
			assertThat(record.materialCode()).isEqualTo("M01");
			assertThat(record.registryName().zh()).isEqualTo("人口基础信息库");
			assertThat(record.lines()).extracting(SharedEvidence.Line::value)
				.containsExactly("张伟", "210202********0311");
		});

		submissions.submit(zhang.actor(), draft.id(), UUID.randomUUID().toString());
		String number = caseFiles.get(draft.id()).number();
		Actor reviewer = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.WINDOW_CLERK, "YBJ"));
		await().atMost(Duration.ofSeconds(30))
			.alias("the case is open to the department")
			.until(() -> mvc.get()
				.uri("/staff/cases/" + number)
				.with(authentication(new ActorAuthentication(reviewer)))
				.exchange()
				.getResponse()
				.getStatus(), status -> status == 200);
		String source = catalog.department(dictionary.registry(Registry.POPULATION).ownerDepartment()).name().zh();
		WebPage staffPage = WebPage.of(mvc.get()
			.uri("/staff/cases/" + number)
			.with(authentication(new ActorAuthentication(reviewer)))
			.exchange());
		assertThat(staffPage.text()).contains("已核验：人口基础信息库", "张伟", "210202********0311", "来源部门：" + source, "申请人确认于")
			.doesNotContain("210202198503120311");
		assertThat(WebPage
			.of(mvc.get()
				.uri("/staff/cases/" + number + "?lang=en")
				.with(authentication(new ActorAuthentication(reviewer)))
				.exchange())
			.text()).contains("Verified: Population registry", "Resident ID number").doesNotContain("??");
		assertThat(WebPage
			.of(mvc.get()
				.uri("/my/applications/" + number)
				.with(authentication(new ActorAuthentication(zhang.actor())))
				.exchange())
			.text()).contains("已核验：人口基础信息库").doesNotContain("使用这份材料");
	}

}
