package org.tongban.approval.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.web.FoodLicenceInBrowser;
import org.tongban.identity.factors.Authenticator;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * The food business licence from application to decision in a real browser (issue 5;
 * R4.1, R4.2, R5.4, R6.2, R15.4): the demo enterprise applies; the market regulation
 * bureau's clerk logs in with password and authenticator code and asks for a correction
 * of one field; the applicant sees exactly that item, corrects it and resubmits; the
 * clerk accepts; the reviewer records the initial review, starts and ends the on-site
 * inspection and records it; a second reviewer records the re-review (R12.7); the
 * approver grants; the applicant sees the decision and downloads the decision document.
 */
@BrowserTest
class FoodLicenceJourneyInBrowserTests {

	static final String ENTERPRISE = "91210202MA0Q5K7D3U";

	static final String PASSWORD = "Tongban#2026";

	/** The demo staff of SCJGJ and their authenticators' secrets (README). */
	static final Map<String, String> SECRETS = Map.of("scjgj.clerk", "W6CEOX2HI5BAAV57EZOJJHFLTTNF2N2A",
			"scjgj.reviewer", "KFJJ2QNS5NNJ7DDNJN5ZUSIO34YJEOH6", "scjgj.reviewer2", "HWHV7UDL3RVJ6UBDNI4P5M3424QZX22K",
			"scjgj.approver", "VTU656JVIDM6Q52G7TILK4JHYF2S5T3K");

	/**
	 * The code each account last logged in with: a code is taken once, the next log-in
	 * waits for the next one.
	 */
	private final Map<String, String> usedCodes = new HashMap<>();

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@TempDir
	Path files;

	@Test
	void aFoodBusinessLicenceGoesFromApplicationThroughCorrectionToTheDecision(Browser browser) throws Exception {
		logIn(browser, ENTERPRISE);
		String number = FoodLicenceInBrowser.apply(browser, files);
		assertThat(number).matches("TB\\d{14}");
		String casePath = "/staff/cases/" + number;
		logOut(browser);

		// The clerk asks for one field to be corrected (一次性告知).
		logInAsStaff(browser, "scjgj.clerk");
		browser.open("/staff?step=ACCEPTANCE");
		while (browser.findAll("main a[href='" + casePath + "']").isEmpty()) {
			browser.clickThrough("a.pagination__link[rel='next']");
		}
		browser.clickThrough("main a[href='" + casePath + "']");
		assertThat(browser.find("main").getText()).contains(number, "食品经营许可", "受理");
		browser.clickThrough("a[href='" + casePath + "/request-correction']");
		WebElement address = browser.findAll("label.checkbox__label")
			.stream()
			.filter(label -> label.getText().equals("经营场所地址"))
			.findFirst()
			.orElseThrow();
		String line = address.getDomAttribute("for").replace(".selected", "");
		address.click();
		browser.find("[id='" + line + ".problem']").sendKeys("地址应写到门牌号和楼层，与租赁合同一致");
		browser.clickThrough("form[action='" + casePath + "/request-correction'] button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo(casePath);
		assertThat(browser.find("main").getText()).contains("补正通知已送达申请人", "申请人补正", "地址应写到门牌号和楼层，与租赁合同一致");
		logOut(browser);

		// The applicant sees exactly that item, corrects it and resubmits (R4.2).
		logIn(browser, ENTERPRISE);
		browser.open("/my/applications/" + number);
		List<String> items = browser.findAll("main .correction-items li").stream().map(WebElement::getText).toList();
		assertThat(items).containsExactly("经营场所地址：地址应写到门牌号和楼层，与租赁合同一致");
		browser.clickThrough("a[href='/my/applications/" + number + "/correction']");
		assertThat(browser.findAll("main form [name]").stream().map(input -> input.getDomAttribute("name")))
			.filteredOn(name -> !name.equals("_csrf") && !name.equals("file") && !name.equals("attachmentId"))
			.containsOnly("premisesAddress");
		browser.find("[name='premisesAddress']").clear();
		browser.find("[name='premisesAddress']").sendKeys("D市中心区民生路58号一层101室");
		browser.clickThrough("form[action='/my/applications/" + number + "/correction'] button[type=submit]");
		browser.clickThrough("form[action$='/correction/submit'] button[type=submit]");
		assertThat(browser.find("main").getText()).contains("补正材料已提交");
		logOut(browser);

		// The clerk accepts (受理).
		logInAsStaff(browser, "scjgj.clerk");
		browser.open(casePath);
		assertThat(browser.find("main").getText()).contains("D市中心区民生路58号一层101室");
		act(browser, casePath, "accept", Map.of("opinion", "材料齐全，符合法定形式，予以受理。"));
		assertThat(browser.find("main").getText()).contains("已受理", "初审");
		// The process diagram marks where the case stands, drawn on the server (R5.1).
		assertThat(browser.findAll(".diagram-node--current text").stream().map(WebElement::getText))
			.containsExactly("初审");
		assertThat(browser.findAll(".diagram-node--done text").stream().map(WebElement::getText)).contains("收件", "受理",
				"是否受理");
		assertThat(browser.find(".diagram desc").getDomProperty("textContent")).contains("已完成：收件、受理", "当前：初审");
		logOut(browser);

		// The reviewer: initial review, the on-site inspection as a special period, its
		// record.
		logInAsStaff(browser, "scjgj.reviewer");
		act(browser, casePath, "review", Map.of("outcome", "APPROVE", "opinion", "初审符合条件，需现场核查。"));
		assertThat(browser.find("main").getText()).contains("现场核查");
		browser.open(casePath + "/start-special-period");
		chooseRadio(browser, "kind", "INSPECTION");
		browser.find("#reason").sendKeys("核查经营场所布局与设施设备");
		// A date input types in the browser's locale; its value is the ISO date that the
		// form sends.
		browser.driver()
			.executeScript("arguments[0].value = arguments[1];", browser.find("#expectedEnd"),
					clock.today().plusDays(7).toString());
		browser.clickThrough("form[action='" + casePath + "/start-special-period'] button[type=submit]");
		assertThat(browser.find("main").getText()).contains("特殊环节已开始", "暂停计时");
		act(browser, casePath, "end-special-period", Map.of("result", "现场布局与平面图一致，设施设备齐全。"));
		assertThat(browser.find("main").getText()).contains("特殊环节已结束");
		act(browser, casePath, "review", Map.of("outcome", "APPROVE", "opinion", "现场核查合格。"));
		assertThat(browser.find("main").getText()).contains("复审");
		logOut(browser);

		// The second reviewer re-reviews: the initial review's reviewer may not (R12.7).
		logInAsStaff(browser, "scjgj.reviewer2");
		act(browser, casePath, "review", Map.of("outcome", "APPROVE", "opinion", "复审同意准予许可。"));
		assertThat(browser.find("main").getText()).contains("决定");
		logOut(browser);

		// The approver grants (准予行政许可).
		logInAsStaff(browser, "scjgj.approver");
		act(browser, casePath, "decide",
				Map.of("decision", "GRANT", "reasons", "申请人符合食品经营许可条件。", "legalBasis", "《食品经营许可和备案管理办法》第十条"));
		String decided = browser.find("main").getText();
		assertThat(decided).contains("决定已作出", "准予许可", "初审符合条件，需现场核查。", "现场核查合格。", "复审同意准予许可。", "申请人符合食品经营许可条件。");
		assertThat(browser.scrollsSideways()).isFalse();
		logOut(browser);

		// The applicant sees the decision and downloads it.
		logIn(browser, ENTERPRISE);
		browser.open("/my/applications/" + number);
		assertThat(browser.find("main").getText()).contains("准予行政许可");
		// The banner leads to the decision in the list of documents, where it is listed
		// once under its name.
		browser.find("main .banner a[href^='#document-']").click();
		List<WebElement> decisions = browser.findAll("main #documents + .files a")
			.stream()
			.filter(link -> link.getText().equals("准予行政许可决定书"))
			.toList();
		assertThat(decisions).hasSize(1);
		WebElement download = decisions.get(0);
		HttpResponse<byte[]> pdf = download(browser, download.getDomProperty("href"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains("准予行政许可决定书", number, "申请人符合食品经营许可条件。");
		}
	}

	/** Opens an action's page from the case page, fills in its fields and confirms. */
	private static void act(Browser browser, String casePath, String action, Map<String, String> fields) {
		browser.open(casePath);
		browser.clickThrough("a[href='" + casePath + "/" + action + "']");
		fields.forEach((name, value) -> {
			WebElement field = browser.findAll("[name='" + name + "']").get(0);
			if ("radio".equals(field.getDomAttribute("type"))) {
				chooseRadio(browser, name, value);
			}
			else {
				// A page may offer a text (the decision, the guide's legal basis): the
				// approver writes their own.
				field.clear();
				field.sendKeys(value);
			}
		});
		browser.clickThrough("form[action='" + casePath + "/" + action + "'] button[type=submit]");
		assertThat(browser.currentPath()).as(browser.find("main").getText()).isEqualTo(casePath);
	}

	private static void chooseRadio(Browser browser, String name, String value) {
		WebElement choice = browser.find("[name='" + name + "'][value='" + value + "']");
		browser.find("label[for='" + choice.getDomAttribute("id") + "']").click();
	}

	private static void logIn(Browser browser, String username) {
		browser.open("/login");
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys(PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
	}

	/**
	 * Password, then the authenticator's code (R1.3); a code already taken is waited out.
	 */
	private void logInAsStaff(Browser browser, String account) {
		logIn(browser, account);
		assertThat(browser.currentPath()).isEqualTo("/login/second-factor");
		Authenticator authenticator = Authenticator.of(SECRETS.get(account), clock);
		String code = authenticator.code();
		while (code.equals(usedCodes.get(account))) {
			clock.advance(Duration.ofSeconds(30));
			code = authenticator.code();
		}
		usedCodes.put(account, code);
		browser.find("#code").sendKeys(code);
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");
		assertThat(browser.currentPath()).startsWith("/staff");
	}

	private static void logOut(Browser browser) {
		browser.clickThrough(".header__logout button");
	}

	/**
	 * What the link gives the browser's session, fetched as the browser would, to read
	 * the file itself.
	 */
	private static HttpResponse<byte[]> download(Browser browser, String url) throws IOException, InterruptedException {
		String cookies = browser.driver()
			.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
