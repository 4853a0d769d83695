package org.tongban.approval.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.approval.ExpertReviews;
import org.tongban.catalog.FormAnswers;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.storage.SampleFiles;
import org.tongban.support.WebPage;

import static org.awaitility.Awaitility.await;

/**
 * R5.3 on the pages: the reviewer asks experts on the action page "请专家评审", offered the
 * experts of the matter's field only; the expert finds the case at {@code /expert}, reads
 * the materials shared and no ID or phone number of the applicant, and gives their
 * opinion, checked on the server; the opinion shows on the staff's case page. Another
 * expert's case is not found.
 */
@IdentityTest
class ExpertPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseWork work;

	@Autowired
	ExpertReviews experts;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	Accounts accounts;

	@Test
	@DisplayName("R5.3: the reviewer asks an expert on its page; the expert reads the case unmasked of nothing and answers")
	void theReviewerAsksAnExpertWhoAnswersOnTheirPage() {
		TestAccounts people = new TestAccounts(accounts);
		Actor clerk = people.staff(TestAccounts.accountName(), DepartmentRole.of(Role.WINDOW_CLERK, "SCJGJ"));
		Actor reviewer = people.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		Actor expert = people.staff(TestAccounts.accountName(), DepartmentRole.of(Role.EXPERT, "ZJJ"));
		Actor another = people.staff(TestAccounts.accountName(), DepartmentRole.of(Role.EXPERT, "ZJJ"));
		Actor ofConstruction = people.staff(TestAccounts.accountName(), DepartmentRole.of(Role.EXPERT, "ZJJ"));
		experts.setFields(expert.id(), List.of("SPJY"));
		experts.setFields(another.id(), List.of("SPJY"));
		experts.setFields(ofConstruction.id(), List.of("GCJS"));
		String number = submitted(clerk);
		work.accept(clerk, number, null);
		CaseView accepted = work.open(reviewer, number);
		FormAnswers answers = accepted.application().answers();
		AttachedMaterial shared = accepted.application().materials().get(0);
		String path = "/staff/cases/" + number;

		WebPage casePage = page(mvc.get().uri(path), reviewer);
		assertThat(casePage.html()).contains("href=\"" + path + "/expert-review\"");
		WebPage form = page(mvc.get().uri(path + "/expert-review"), reviewer);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text()).contains("请专家评审", expert.name()).doesNotContain(ofConstruction.name());

		WebPage nobody = page(mvc.post().uri(path + "/expert-review").param("reason", "请评审布局"), reviewer);
		assertThat(nobody.status()).isEqualTo(200);
		assertThat(nobody.text()).contains("请至少选择一位专家。");

		MvcTestResult notOffered = mvc.post()
			.uri(path + "/expert-review")
			.param("experts[0].expert", ofConstruction.id().toString())
			.param("experts[0].selected", "true")
			.param("experts[0].dueOn", "2026-12-04")
			.param("reason", "请评审布局")
			.with(authentication(new ActorAuthentication(reviewer)))
			.with(csrf())
			.exchange();
		assertThat(WebPage.of(notOffered).text()).contains("只能选择列出的专家。");
		MvcTestResult asked = mvc.post()
			.uri(path + "/expert-review")
			.param("experts[0].expert", expert.id().toString())
			.param("experts[0].selected", "true")
			.param("experts[0].dueOn", "2026-12-04")
			.param("materials", shared.attachmentId().toString())
			.param("reason", "请对经营场所布局是否符合食品安全要求提出意见")
			.with(authentication(new ActorAuthentication(reviewer)))
			.with(csrf())
			.exchange();
		assertThat(asked).hasStatus3xxRedirection().hasRedirectedUrl(path);

		WebPage list = page(mvc.get().uri("/expert"), expert);
		assertThat(list.text()).contains(number, "2026年12月4日", "待提出意见");
		WebPage assigned = page(mvc.get().uri("/expert/cases/" + number), expert);
		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.text()).contains("请对经营场所布局是否符合食品安全要求提出意见", shared.displayName())
			.doesNotContain(answers.value("legalRepIdNumber"), answers.value("mobile"));
		assertThat(page(mvc.get().uri("/expert/cases/" + number), another).status()).as("another expert's case")
			.isEqualTo(404);
		assertThat(mvc.get()
			.uri("/expert/cases/" + number + "/files/" + shared.attachmentId())
			.with(authentication(new ActorAuthentication(expert)))
			.exchange()).hasStatusOk();

		WebPage missing = WebPage.of(opinion(number, expert, null, "", null));
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.text()).contains("请选择评审结论。", "请填写评审意见。");
		MvcTestResult answered = opinion(number, expert, "AGREE_WITH_CONDITIONS", "冷库应加装温度记录装置",
				new MockMultipartFile("file", "评审意见.pdf", "application/pdf", SampleFiles.pdf("opinion")));
		assertThat(answered).hasStatus3xxRedirection().hasRedirectedUrl("/expert/cases/" + number);
		assertThat(page(mvc.get().uri("/expert/cases/" + number), expert).text()).contains("有条件同意", "评审意见.pdf");

		WebPage afterwards = page(mvc.get().uri(path), reviewer);
		assertThat(afterwards.text()).contains("专家评审", expert.name(), "有条件同意", "冷库应加装温度记录装置", "评审意见.pdf", "专家评审意见");
	}

	private String submitted(Actor clerk) {
		FoodLicenceApplications.Restaurant restaurant = food.restaurant();
		String number = food.submit(restaurant).number();
		await().ignoreExceptions().until(() -> work.open(clerk, number).step().equals("ACCEPTANCE"));
		return number;
	}

	private MvcTestResult opinion(String number, Actor expert, String outcome, String text, MockMultipartFile file) {
		var request = mvc.post().uri("/expert/cases/" + number).multipart();
		if (file != null) {
			request.file(file);
		}
		if (outcome != null) {
			request.param("outcome", outcome);
		}
		return request.param("opinion", text)
			.with(authentication(new ActorAuthentication(expert)))
			.with(csrf())
			.exchange();
	}

	private WebPage page(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request,
			Actor actor) {
		return WebPage.of(request.with(authentication(new ActorAuthentication(actor))).with(csrf()).exchange());
	}

}
