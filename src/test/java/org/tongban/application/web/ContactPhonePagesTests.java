package org.tongban.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.Application;
import org.tongban.application.Drafts;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.Submissions;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.WebPage;

/**
 * R6.2 on the pages and the API: the application page says whether its contact phone gets
 * the SMS notices, and the applicant proves it with a code, one thing per page.
 */
@IdentityTest
class ContactPhonePagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Drafts drafts;

	@Autowired
	Submissions submissions;

	@Autowired
	FoodLicenceApplications food;

	Restaurant restaurant;

	MobileNumber contact;

	String number;

	@BeforeEach
	void anApplicationGivesAContactPhoneOfItsOwn() {
		restaurant = food.restaurant();
		contact = MobileNumber.parse(
				"136" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L)));
		Application draft = food.completeDraft(restaurant);
		drafts.save(restaurant.enterprise(), draft.id(), Map.of("mobile", List.of(contact.value())));
		number = submissions.submit(restaurant.enterprise(), draft.id(), UUID.randomUUID().toString()).number();
	}

	@Test
	void theApplicantProvesTheContactPhoneWithACodeOnItsOwnPage() {
		var visitor = new Visitor(mvc);
		visitor.logIn(restaurant.creditCode().value(), TestAccounts.PASSWORD);
		String path = "/my/applications/" + number;

		WebPage application = visitor.page(path);
		assertThat(application.text()).contains("联系电话", contact.masked(), "未验证：验证前不会向这个号码发送短信。", "验证联系电话");
		assertThat(application.html()).contains("href=\"" + path + "/contact-phone\"");

		WebPage page = visitor.page(path + "/contact-phone");
		assertThat(page.text()).contains("验证联系电话", "未验证的号码不会收到任何短信", "发送验证码");
		WebPage sent = WebPage.of(visitor.post(path + "/contact-phone", "send", "true"));
		assertThat(sent.text()).contains("验证码已发送到 " + contact.masked());
		String code = new SmsInbox(mvc).latestCode(contact).orElseThrow();

		WebPage wrong = WebPage.of(visitor.post(path + "/contact-phone", "code", "12ab"));
		assertThat(wrong.html()).contains("error-summary", "code-error", "href=\"#code\"");
		assertThat(wrong.text()).contains("请输入短信中的 6 位数字验证码。");
		MvcTestResult confirmed = visitor.post(path + "/contact-phone", "code", code);
		assertThat(confirmed).hasStatus(302).hasRedirectedUrl(path + "#contact-phone");

		assertThat(visitor.page(path).text()).contains("已验证，办件进度短信也会发到这个号码。");
		assertThat(visitor.page(path + "?lang=en").text()).contains("Contact phone",
				"Confirmed: text messages about the application also go there.");
		assertThat(visitor.page(path + "/contact-phone").html()).doesNotContain("name=\"code\"");
	}

	@Test
	void theApiSaysWhereTheNoticesGoAndTakesTheCode() {
		var api = new ApplicantApi(mvc, ApplicantApi.logIn(mvc, restaurant.creditCode().value(), TestAccounts.PASSWORD),
				TestAccounts.clientAddress());
		String base = "/api/v1/applications/" + number + "/contact-phone";

		MvcTestResult before = api.get(base);
		assertThat(before).hasStatusOk().bodyJson().extractingPath("$.reach").isEqualTo("UNVERIFIED");
		assertThat(before).bodyJson().extractingPath("$.masked").isEqualTo(contact.masked());
		assertThat(api.post(base + "/code", Map.of())).hasStatus(202);
		assertThat(api.post(base, Map.of("code", "99999"))).hasStatus(400);
		String code = new SmsInbox(mvc).latestCode(contact).orElseThrow();

		assertThat(api.post(base, Map.of("code", code))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.reach")
			.isEqualTo("VERIFIED");
		assertThat(api.post(base + "/code", Map.of())).hasStatus(409);
	}

}
