package org.tongban.participation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.shared.RefusedException;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;

import tools.jackson.databind.json.JsonMapper;

/**
 * R10.3: a question asked on a matter's guide goes to the matter's department, which
 * answers within three working days counted on the real calendar; the asker follows it
 * with its number and query code and is told when it is answered; a second person of the
 * department publishes the answer, edited, to the matter's FAQ, which the guide and the
 * API show without the asker's personal data.
 */
@IdentityTest
class ConsultationTests {

	static final String MATTER = "SCJGJ-SPJYXK";

	static final String DEPARTMENT = "SCJGJ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Consultations consultations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R10.3: asked Wednesday 30 September 2026, due Saturday 10 October (National Day off, the adjusted working day counted), overdue on the 12th; answered, followed, told by SMS, published by a second person and shown on the guide and the API naming nobody")
	void aQuestionIsAnsweredAndBecomesAnFaqEntry() {
		clock.set(LocalDateTime.of(2026, 9, 30, 10, 0));
		MobileNumber mobile = TestAccounts.mobile();
		String asked = "我叫王小明，在" + mobile.value() + "能联系到我。开一家只卖预包装食品的小店，还要办食品经营许可吗？";
		MvcTestResult result = mvc.post()
			.uri("/matters/" + MATTER + "/ask")
			.param("question", asked)
			.param("mobile", mobile.value())
			.with(anonymous())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/questions/asked");
		Consultations.Asked receipt = (Consultations.Asked) result.getMvcResult().getFlashMap().get("asked");
		assertThat(receipt.number()).startsWith("ZX20260930");
		assertThat(receipt.dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
		Question question = questionNumbered(receipt.number());
		assertThat(question.departmentCode()).as("routed to the matter's department").isEqualTo(DEPARTMENT);
		assertThat(new AuditProbe(jdbc).of("question", receipt.number())).extracting(AuditProbe.Row::action)
			.contains("question.ask");

		Actor reviewer = staff(Role.REVIEWER, DEPARTMENT);
		Actor otherDepartment = staff(Role.REVIEWER, "YBJ");
		assertThat(mvc.get().uri("/staff/questions").with(as(reviewer))).hasStatusOk()
			.bodyText()
			.contains(receipt.number());
		assertThat(mvc.get().uri("/staff/questions").with(as(otherDepartment))).hasStatusOk()
			.bodyText()
			.doesNotContain(receipt.number());
		assertThat(mvc.get().uri("/staff/questions/" + question.id()).with(as(otherDepartment))).hasStatus(404);

		clock.set(LocalDateTime.of(2026, 10, 12, 9, 0));
		assertThat(consultations.queue(reviewer)).filteredOn(q -> q.number().equals(receipt.number()))
			.singleElement()
			.satisfies(q -> assertThat(q.overdueOn(consultations.today())).as("overdue on Monday 12 October").isTrue());
		assertThat(mvc.get().uri("/staff/questions/" + question.id()).with(as(reviewer))).hasStatusOk()
			.bodyText()
			.contains(asked, "已超期");

		assertThat(mvc.post().uri("/staff/questions/" + question.id() + "/answer").with(as(reviewer)).with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("请输入答复。");
		String answer = "只销售预包装食品的，无需办理食品经营许可，向所在地县级市场监督管理部门备案即可。";
		assertThat(mvc.post()
			.uri("/staff/questions/" + question.id() + "/answer")
			.param("answer", answer)
			.with(as(reviewer))
			.with(csrf())).hasStatus3xxRedirection();

		assertThat(mvc.post()
			.uri("/questions")
			.param("number", receipt.number())
			.param("code", receipt.queryCode().toLowerCase(Locale.ROOT))
			.with(anonymous())
			.with(csrf())).hasStatusOk().bodyText().contains(asked, answer);
		assertThat(mvc.post()
			.uri("/questions")
			.param("number", receipt.number())
			.param("code", "WRONG234")
			.with(anonymous())
			.with(csrf())).hasStatus(404).bodyText().contains("咨询编号或查询码不正确");
		await().atMost(Duration.ofSeconds(30))
			.alias("the asker is told by SMS once the answer commits")
			.untilAsserted(() -> assertThat(new SmsInbox(mvc).recent(mobile))
				.anySatisfy(sms -> assertThat(sms).contains(receipt.number(), "已答复")));

		String published = "只卖预包装食品的小店，还要办理食品经营许可吗？";
		assertThatThrownBy(() -> consultations.publish(reviewer, question.id(), published, answer))
			.as("the reviewer holds no publishing role")
			.isInstanceOf(RefusedException.class);
		Actor approver = staff(Role.APPROVER, DEPARTMENT);
		assertThat(mvc.post()
			.uri("/staff/questions/" + question.id() + "/publish")
			.param("question", published)
			.param("answer", answer)
			.with(as(approver))
			.with(csrf())).hasStatus3xxRedirection();

		for (String guide : new String[] { "/matters/" + MATTER, "/matters/" + MATTER + "?version=1" }) {
			assertThat(mvc.get().uri(guide).with(anonymous())).as(guide)
				.hasStatusOk()
				.bodyText()
				.contains("常见问题", published, answer, "我要咨询")
				.doesNotContain("王小明", mobile.value(), receipt.number());
		}
		assertThat(mvc.get().uri("/api/v1/matters/" + MATTER + "/faq")).hasStatusOk()
			.bodyText()
			.contains(published, answer)
			.doesNotContain("王小明", mobile.value(), receipt.number());
	}

	@Test
	@DisplayName("R10.3: the one who answered may not publish it (a second person does); readers find an answer helpful once a browser session; the department orders and withdraws its entries")
	void publishingTakesASecondPersonAndEntriesCanBeWithdrawn() {
		Actor approver = staff(Role.APPROVER, DEPARTMENT);
		Consultations.Asked asked = consultations.ask(Optional.empty(), MATTER, "营业执照地址变更后，许可证要变更吗？", null,
				"asker@example.org", Locale.CHINA);
		Question question = questionNumbered(asked.number());
		consultations.answer(approver, question.id(), "需要在变更后 30 日内申请许可变更。");
		assertThatThrownBy(() -> consultations.publish(approver, question.id(), "地址变更后许可证要变更吗？", "需要。"))
			.isInstanceOf(RefusedException.class)
			.hasMessageContaining("consultation.publish.secondPerson");

		Actor admin = staff(Role.DEPARTMENT_ADMIN, DEPARTMENT);
		var entry = consultations.publish(admin, question.id(), "地址变更后许可证要变更吗？", "需要在变更后 30 日内申请许可变更。");
		assertThat(consultations.of(MATTER)).extracting(faq -> faq.id()).contains(entry);

		String reader = TestAccounts.clientAddress();
		MvcTestResult first = mvc.post()
			.uri("/matters/" + MATTER + "/faq/" + entry + "/helpful")
			.with(from(reader))
			.with(csrf())
			.exchange();
		assertThat(first).hasStatus3xxRedirection();
		Cookie session = first.getResponse().getCookie("__Host-TONGBAN_SESSION");
		assertThat(mvc.post()
			.uri("/matters/" + MATTER + "/faq/" + entry + "/helpful")
			.cookie(session)
			.with(from(reader))
			.with(csrf())).as("the same browser session").hasStatus3xxRedirection();
		assertThat(consultations.of(MATTER)).filteredOn(faq -> faq.id().equals(entry))
			.singleElement()
			.satisfies(faq -> assertThat(faq.helpful()).as("once a session").isEqualTo(1));

		consultations.moveUp(admin, entry);
		assertThat(mvc.post().uri("/staff/faq/" + entry + "/withdraw").with(as(admin)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(consultations.of(MATTER)).extracting(faq -> faq.id()).doesNotContain(entry);
		assertThat(mvc.get().uri("/matters/" + MATTER)).hasStatusOk().bodyText().doesNotContain("地址变更后许可证要变更吗？");
	}

	@Test
	@DisplayName("R10.3: bad input is answered at the field with a clear message, on the page and as a problem detail of the API; an unknown matter is not found")
	void badInputIsRefusedClearly() {
		String page = "/matters/" + MATTER + "/ask";
		assertThat(mvc.post().uri(page).param("question", " ").with(anonymous()).with(csrf())).hasStatus(400)
			.bodyText()
			.contains("请输入您的问题。");
		assertThat(mvc.post().uri(page).param("question", "要带什么材料？").with(anonymous()).with(csrf())).hasStatus(400)
			.bodyText()
			.contains("请填写手机号码或电子邮箱");
		assertThat(mvc.post()
			.uri(page)
			.param("question", "要带什么材料？")
			.param("mobile", "1391234")
			.with(anonymous())
			.with(csrf())).hasStatus(400).bodyText().contains("手机号码");
		assertThat(mvc.post()
			.uri(page)
			.param("question", "x".repeat(Consultations.MAX_QUESTION + 1))
			.param("email", "a@example.org")
			.with(anonymous())
			.with(csrf())).hasStatus(400).bodyText().contains("问题不能超过 2000 字");
		assertThat(mvc.post()
			.uri("/api/v1/matters/" + MATTER + "/questions")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"question\":\"What do I bring?\"}")
			.with(anonymous())).hasStatus(400).bodyText().contains("Enter a mobile number or an email address");
		assertThat(mvc.get().uri("/matters/NO-SUCH-MATTER/ask")).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/matters/NO-SUCH-MATTER/faq")).hasStatus(404);
	}

	@Test
	@DisplayName("R10.3: a logged-in asker is their verified account, whatever contact the form carries; they find it under /my/questions; a member of staff cannot answer their own question")
	void aLoggedInAskerIsTheirAccountAndNobodyAnswersTheirOwnQuestion() {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		MvcTestResult result = mvc.post()
			.uri("/api/v1/matters/" + MATTER + "/questions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"question\":\"网上申请后多久能拿到证？\",\"mobile\":\"13800000000\"}")
			.with(as(person.actor()))
			.exchange();
		assertThat(result).hasStatus(201);
		String number = JsonMapper.builder()
			.build()
			.readTree(result.getResponse().getContentAsByteArray())
			.path("number")
			.asString();
		Question asked = questionNumbered(number);
		assertThat(asked.askerId()).isEqualTo(person.actor().id());
		assertThat(asked.contact()).as("never taken from the form").isNull();
		assertThat(mvc.get().uri("/my/questions").with(as(person.actor()))).hasStatusOk()
			.bodyText()
			.contains(number, "网上申请后多久能拿到证？");

		Actor reviewer = staff(Role.REVIEWER, DEPARTMENT);
		Consultations.Asked own = consultations.ask(Optional.of(reviewer), MATTER, "内部咨询：现场核查的标准是什么？", null, null,
				Locale.CHINA);
		Question question = questionNumbered(own.number());
		assertThatThrownBy(() -> consultations.answer(reviewer, question.id(), "按规范。"))
			.isInstanceOf(RefusedException.class)
			.hasMessageContaining("consultation.answer.own");
		assertThat(mvc.post()
			.uri("/staff/questions/" + question.id() + "/answer")
			.param("answer", "按规范。")
			.with(as(reviewer))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("refused", "您不能答复自己提出的咨询。");
		assertThat(questionNumbered(own.number()).answered()).isFalse();
	}

	@Test
	@DisplayName("R10.3, R12.4: anonymous questions are limited per client address, 429 with Retry-After over the limit")
	void questionsAreLimitedPerClientAddress() {
		String address = TestAccounts.clientAddress();
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.post().uri("/matters/" + MATTER + "/ask").with(from(address)).with(csrf())).hasStatus(400);
		}
		assertThat(mvc.post().uri("/matters/" + MATTER + "/ask").with(from(address)).with(csrf())).hasStatus(429)
			.headers()
			.containsHeader("Retry-After");
	}

	@Test
	@DisplayName("R10.3, R13.1: a refused publication's error summary links each error to its input on the page (published-question, published-answer)")
	void theRefusedPublicationLinksItsErrorsToTheInputs() throws Exception {
		Consultations.Asked asked = consultations.ask(Optional.empty(), MATTER, "许可证遗失了怎么补办？", null, "lost@example.org",
				Locale.CHINA);
		Question question = questionNumbered(asked.number());
		consultations.answer(staff(Role.REVIEWER, DEPARTMENT), question.id(), "请申请补发许可证。");
		Actor approver = staff(Role.APPROVER, DEPARTMENT);

		for (String[] refused : new String[][] { { "", "请申请补发许可证。", "published-question" },
				{ "许可证遗失了怎么补办？", " ", "published-answer" } }) {
			MvcTestResult page = mvc.post()
				.uri("/staff/questions/" + question.id() + "/publish")
				.param("question", refused[0])
				.param("answer", refused[1])
				.with(as(approver))
				.with(csrf())
				.exchange();
			assertThat(page).hasStatus(400);
			String body = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
			String summary = body.substring(body.indexOf("class=\"error-summary\""));
			summary = summary.substring(0, summary.indexOf("</ul>"));
			List<String> targets = Pattern.compile("href=\"#([^\"]+)\"")
				.matcher(summary)
				.results()
				.map(link -> link.group(1))
				.toList();
			assertThat(targets).as("the summary's link").containsExactly(refused[2]);
			assertThat(body).as("an element of that id").contains("id=\"" + refused[2] + "\"");
		}
	}

	private Question questionNumbered(String number) {
		return consultations
			.byId(jdbc.sql("select id from participation_question where number = :number")
				.param("number", number)
				.query(java.util.UUID.class)
				.single())
			.orElseThrow();
	}

	private Actor staff(Role role, String department) {
		return new TestAccounts(accounts).staff(TestAccounts.accountName(), DepartmentRole.of(role, department));
	}

	private static RequestPostProcessor as(Actor actor) {
		return authentication(new ActorAuthentication(actor));
	}

	/**
	 * A visitor from an address of their own, so that no limit of another test applies.
	 */
	private static RequestPostProcessor anonymous() {
		return from(TestAccounts.clientAddress());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
