package org.tongban.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleApplications;
import org.tongban.application.CombinedMaterial;
import org.tongban.application.EnterpriseStartBundles;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.storage.SampleFiles;
import org.tongban.support.WebPage;

/**
 * R2.5, R5.2, R12.5 through the pages, as a fresh enterprise applies for 企业开办一件事: the
 * bundle's guide leads to the start page, the combined form asks the shared contact
 * mobile once and tells a refused value next to it, each material is uploaded once, the
 * answers are checked, one submission gives the confirmation with the bundle's number and
 * query code and each member's number, and the bundle's page shows each department's
 * branch, in Chinese and in English; nobody else finds it.
 */
@IdentityTest
class BundlePagesTests {

	static final Pattern FORM = Pattern.compile("/apply/bundles/([0-9a-f-]{36})/form");

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	static final Pattern CONFIRMATION = Pattern.compile("/my/bundles/(TB\\d{14})/confirmation");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	BundleApplications bundles;

	TestAccounts testAccounts;

	Actor enterprise;

	Visitor visitor;

	@BeforeEach
	void logIn() {
		testAccounts = new TestAccounts(accounts);
		UnifiedSocialCreditCode creditCode = TestAccounts.creditCode();
		enterprise = testAccounts.enterprise(testAccounts.person(), creditCode);
		visitor = new Visitor(mvc);
		visitor.logIn(creditCode.value(), TestAccounts.PASSWORD);
	}

	@Test
	void anEnterpriseAppliesForTheEnterpriseStartBundleThroughThePages() {
		assertThat(visitor.page("/bundles/YJS-QYKB").html()).contains("href=\"/apply/bundle/YJS-QYKB\"");
		WebPage start = visitor.page("/apply/bundle/YJS-QYKB");
		assertThat(start.text()).contains("在线申请企业开办一件事", "企业设立登记", "第 2 阶段", "开始申请");
		assertThat(start.html()).doesNotContain("<script");
		assertThat(visitor.page("/apply/bundle/YJS-QYKB?lang=en").text()).contains("Stage 2", "Start now");
		visitor.page("/apply/bundle/YJS-QYKB?lang=zh");

		// R16.6: a personal account is told before it starts that the bundle is for
		// enterprises.
		Visitor person = new Visitor(mvc);
		TestAccounts.Person someone = testAccounts.person();
		person.logIn(someone.mobile().value(), TestAccounts.PASSWORD);
		WebPage refused = person.page("/apply/bundle/YJS-QYKB");
		assertThat(refused.text()).contains("个人账户不能申请");
		assertThat(refused.html()).doesNotContain("action=\"/apply/bundle/YJS-QYKB\"");

		MvcTestResult started = visitor.post("/apply/bundle/YJS-QYKB");
		Matcher form = FORM.matcher(String.valueOf(started.getResponse().getRedirectedUrl()));
		assertThat(form.matches()).isTrue();
		String draft = "/apply/bundles/" + form.group(1);
		WebPage page = visitor.page(draft + "/form");
		assertThat(page.count("name=\"contactMobile\"")).isEqualTo(1);
		assertThat(page.text()).contains("共同信息", "我们已掌握的您的信息", "统一社会信用代码");
		assertThat(page.html()).doesNotContain("name=\"uscc\"", "name=\"SWJ-XBNSRSX.uscc\"");

		List<String> answers = new ArrayList<>();
		bundles.form(enterprise, java.util.UUID.fromString(form.group(1))).questions().forEach(question -> {
			String value = EnterpriseStartBundles.ANSWERS.get(question.field().key());
			if (value != null) {
				answers.add(question.key());
				answers.add(question.key().equals("contactMobile") ? "12345" : value);
			}
		});
		WebPage wrong = WebPage.of(visitor.post(draft + "/form", answers.toArray(String[]::new)));
		assertThat(wrong.title()).startsWith("错误");
		assertThat(wrong.html()).contains("href=\"" + draft + "/form#field-contactMobile\"");
		answers.set(answers.indexOf("12345"), "13912345678");
		assertThat(visitor.post(draft + "/form", answers.toArray(String[]::new))).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo(draft + "/materials");

		BundleApplication bundle = bundles.get(enterprise, java.util.UUID.fromString(form.group(1)));
		List<CombinedMaterial> required = bundles.materials(enterprise, bundle.id())
			.stream()
			.filter(CombinedMaterial::required)
			.toList();
		for (CombinedMaterial material : required) {
			assertThat(visitor.upload(draft + "/materials/" + material.key(), "file", material.key() + ".pdf",
					SampleFiles.pdf(material.key())))
				.hasStatus3xxRedirection();
		}
		assertThat(visitor.page(draft + "/materials").text()).contains("用于：企业设立登记、新办纳税人涉税事项");

		WebPage check = visitor.page(draft + "/check");
		assertThat(check.html()).doesNotContain("error-summary");
		assertThat(check.text()).contains("13912345678", "SCJGJ-QYSLDJ.M02.pdf");
		Matcher token = TOKEN.matcher(check.html());
		assertThat(token.find()).isTrue();
		MvcTestResult submitted = visitor.post(draft + "/submit", "token", token.group(1));
		Matcher confirmation = CONFIRMATION.matcher(String.valueOf(submitted.getResponse().getRedirectedUrl()));
		assertThat(confirmation.matches()).isTrue();
		String number = confirmation.group(1);
		assertThat(visitor.post(draft + "/submit", "token", token.group(1)).getResponse().getRedirectedUrl())
			.isEqualTo(submitted.getResponse().getRedirectedUrl());

		WebPage confirmed = visitor.page("/my/bundles/" + number + "/confirmation");
		assertThat(confirmed.text()).contains(number, "企业设立登记", "第 1 阶段", "公章刻制");
		assertThat(confirmed.count("TB2026")).isGreaterThanOrEqualTo(5);
		Matcher queryCode = Pattern.compile("query-code\">([2-9A-Z]{8})<").matcher(confirmed.html());
		assertThat(queryCode.find()).isTrue();
		// R7.2: anybody with the bundle's number and query code sees where each matter
		// stands, nothing personal.
		Visitor anybody = new Visitor(mvc);
		anybody.page("/query");
		WebPage queried = WebPage.of(anybody.post("/query", "number", number, "code", queryCode.group(1)));
		assertThat(queried.text()).contains("企业开办一件事", "企业设立登记", "等待前一阶段办结")
			.doesNotContain(bundles.form(enterprise, bundle.id()).verified().get(0).value(), "13912345678");
		assertThat(anybody.post("/query", "number", number, "code", "ABCDEFGH")).hasStatus(404);
		WebPage followed = visitor.page("/my/bundles/" + number);
		assertThat(followed.text()).contains("等待前一阶段办结", "第一阶段开始办理后开始计时", "撤回一件事申请");
		assertThat(visitor.page("/my/bundles/" + number + "?lang=en").text()).contains("Waiting for the previous stage",
				"Where each department stands");
		assertThat(visitor.page("/my?lang=zh").text()).contains("一件事申请", number);
		// The draft's pages now lead to the bundle.
		assertThat(visitor.get(draft + "/form")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/my/bundles/" + number);

		Visitor other = new Visitor(mvc);
		UnifiedSocialCreditCode otherCode = TestAccounts.creditCode();
		testAccounts.enterprise(testAccounts.person(), otherCode);
		other.logIn(otherCode.value(), TestAccounts.PASSWORD);
		assertThat(other.get("/my/bundles/" + number)).hasStatus(404);
		assertThat(other.get(draft + "/form")).hasStatus(404);

		assertThat(visitor.post("/my/bundles/" + number + "/withdraw")).hasStatus3xxRedirection();
		assertThat(visitor.page("/my/bundles/" + number).text()).contains("已撤回");
	}

}
