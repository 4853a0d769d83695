package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.WebPage;

/**
 * R1.1, R1.2, R13.2: people register on plain forms that work without JavaScript and are
 * protected against CSRF: the "send code" button posts the form and keeps what was typed,
 * a refusal is shown next to its field, a new person is logged in at once, and a person
 * logged in registers their enterprise.
 */
@IdentityTest
class RegistrationPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	Visitor visitor;

	SmsInbox inbox;

	MobileNumber mobile;

	@BeforeEach
	void visitor() {
		visitor = new Visitor(mvc);
		inbox = new SmsInbox(mvc);
		mobile = TestAccounts.mobile();
	}

	@Test
	void theLogInPageLeadsToRegistrationWhichOffersBothKindsOfAccount() {
		assertThat(visitor.page("/login").html()).contains("href=\"/register\"", "href=\"/login/sms\"");

		WebPage choice = visitor.page("/register");

		assertThat(choice.status()).isEqualTo(200);
		assertThat(choice.html()).contains("href=\"/register/person\"", "href=\"/register/enterprise\"");
		assertThat(visitor.page("/register/person?lang=en").text()).contains("Register as a person", "Send code",
				"I have read and accept the terms of service");
		assertThat(visitor.page("/login/sms?lang=en").text()).contains("Sign in with an SMS code", "Send code");
	}

	@Test
	void aPersonOfThePopulationRegistryRegistersOnThePagesAndIsLoggedIn() {
		visitor.get("/register/person");

		WebPage sent = WebPage.of(visitor.post("/register/person", "send", "code", "name", "阿依古丽·买买提", "residentId",
				"650102198906150220", "mobile", mobile.value(), "password", TestAccounts.PASSWORD));

		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.text()).contains("验证码已发送到您的手机");
		assertThat(sent.html()).contains("value=\"阿依古丽&middot;买买提\"", "value=\"650102198906150220\"")
			.doesNotContain(TestAccounts.PASSWORD);

		MvcTestResult registered = visitor.post("/register/person", "name", "阿依古丽·买买提", "residentId",
				"650102198906150220", "mobile", mobile.value(), "smsCode", inbox.latestCode(mobile).orElseThrow(),
				"password", TestAccounts.PASSWORD, "passwordConfirmation", TestAccounts.PASSWORD, "acceptTerms",
				"true");

		assertThat(registered).hasStatus(302).hasRedirectedUrl("/register/done");
		WebPage done = visitor.page("/register/done");
		assertThat(done.text()).contains("注册成功", "阿依古丽·买买提，您的账号已开通，已为您登录。");
		assertThat(visitor.page("/my").text()).contains("650102********0220");
		assertThat(visitor.get("/register/done")).as("confirmed once").hasStatus(302);
	}

	@Test
	void aRefusalIsShownNextToItsFieldAndTheFormKeepsAllButThePasswords() {
		visitor.get("/register/person");
		visitor.post("/register/person", "send", "code", "mobile", mobile.value());

		WebPage refused = WebPage.of(visitor.post("/register/person", "name", "王秀", "residentId", "210202195207080243",
				"mobile", mobile.value(), "smsCode", inbox.latestCode(mobile).orElseThrow(), "password",
				TestAccounts.PASSWORD, "passwordConfirmation", TestAccounts.PASSWORD, "acceptTerms", "true"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.title()).isEqualTo("错误：个人注册 - D市政务服务网");
		assertThat(refused.html()).contains("href=\"#name\"", "id=\"name-error\"", "value=\"王秀\"")
			.doesNotContain(TestAccounts.PASSWORD)
			.doesNotContain("王秀英");
		assertThat(refused.text()).contains("姓名与居民身份证号码在人口基础信息库中的登记不一致");
	}

	@Test
	void theFormsArePostedOnlyWithTheirCsrfToken() {
		assertThat(mvc.post().uri("/register/person").param("send", "code").param("mobile", mobile.value()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/login/sms").param("send", "code").param("phone", mobile.value())).hasStatus(403);
		assertThat(inbox.count(mobile)).isZero();
	}

	@Test
	@DisplayName("R1.6: the legal representative logged in registers their business by its credit code; a person who is not is refused; an anonymous visitor is sent to log in")
	void theRepresentativeRegistersTheirBusinessAndAnAnonymousVisitorIsSentToLogIn() {
		assertThat(visitor.get("/register/enterprise").getResponse().getRedirectedUrl()).endsWith("/login");
		Visitor stranger = new Visitor(mvc);
		stranger.logIn(new TestAccounts(accounts).person().mobile().value(), TestAccounts.PASSWORD);
		stranger.get("/register/enterprise");
		WebPage refused = WebPage.of(stranger.post("/register/enterprise", "creditCode", "91210211MA0YB3N88N",
				"password", "Enterprise-Harbour-2026", "passwordConfirmation", "Enterprise-Harbour-2026"));
		TestAccounts.Person representative = new TestAccounts(accounts).registryPerson("刘洋", "210211199305300179",
				directory);
		visitor.logIn(representative.mobile().value(), TestAccounts.PASSWORD);
		visitor.get("/register/enterprise");

		MvcTestResult registered = visitor.post("/register/enterprise", "creditCode", "91210211MA0YB3N88N", "password",
				"Enterprise-Harbour-2026", "passwordConfirmation", "Enterprise-Harbour-2026");

		assertThat(refused.text()).contains("无法证明您有权注册该单位");
		assertThat(registered).hasStatus(302).hasRedirectedUrl("/register/done");
		assertThat(visitor.page("/register/done").text()).contains("91210211MA0YB3N88N", "结果已通过短信发送");
		assertThat(visitor.page("/my").text()).contains("D市星辰软件科技有限公司");
		assertThat(inbox.latest(representative.mobile()))
			.hasValueSatisfying(sms -> assertThat(sms).contains("刘洋已注册D市星辰软件科技有限公司"));
		assertThat(visitor.page("/register/enterprise?lang=en").text())
			.contains("Registering needs one of these proofs");
	}

	@Test
	void anApplicantLogsInWithACodeOnThePage() {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		visitor.get("/login/sms");

		WebPage sent = WebPage.of(visitor.post("/login/sms", "send", "code", "phone", person.mobile().value()));
		WebPage wrong = WebPage.of(visitor.post("/login/sms", "phone", person.mobile().value(), "smsCode", "12345"));
		MvcTestResult login = visitor.post("/login/sms", "phone", person.mobile().value(), "smsCode",
				inbox.latestCode(person.mobile()).orElseThrow());

		assertThat(sent.text()).contains("如果该号码已注册账号，验证码已发送");
		assertThat(wrong.text()).contains("账号、密码或验证码错误，或暂时不能登录。");
		assertThat(login).hasStatus(302).hasRedirectedUrl("/my");
		assertThat(visitor.page("/my").text()).contains(person.actor().name());
	}

	@Test
	void aNumberWithoutAccountIsToldTheSameOnThePage() {
		visitor.get("/login/sms");

		WebPage sent = WebPage.of(visitor.post("/login/sms", "send", "code", "phone", mobile.value()));

		assertThat(sent.text()).contains("如果该号码已注册账号，验证码已发送");
		assertThat(inbox.count(mobile)).isZero();
	}

}
