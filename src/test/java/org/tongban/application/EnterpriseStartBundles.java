package org.tongban.application;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.stereotype.Component;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.identity.Actor;
import org.tongban.storage.SampleFiles;
import org.tongban.support.Browser;

/**
 * Applications for the bundle 企业开办一件事 (YJS-QYKB: business registration, then tax, social
 * insurance and seals) by fresh enterprises, filled in on the combined form as a small
 * company would, with real PDF files for the materials to upload. A bean of every test's
 * application context.
 */
@Component
public final class EnterpriseStartBundles {

	public static final String BUNDLE = "YJS-QYKB";

	/** 授权委托书及受托人身份证明: needed by registration, tax and seals alike. */
	public static final String AUTHORIZATION = "SCJGJ-QYSLDJ.M07";

	private final BundleApplications bundles;

	private final FoodLicenceApplications food;

	EnterpriseStartBundles(BundleApplications bundles, FoodLicenceApplications food) {
		this.bundles = bundles;
		this.food = food;
	}

	/** A new enterprise whose agent is its legal representative. */
	public Restaurant enterprise() {
		return food.restaurant();
	}

	/** A draft with every answer and material the four matters need. */
	public BundleApplication completeDraft(Restaurant enterprise) {
		return completeDraft(enterprise.enterprise(), BUNDLE, ANSWERS);
	}

	/**
	 * A draft of any bundle with the answers given by field key and a PDF for every
	 * required material.
	 */
	public BundleApplication completeDraft(Actor applicant, String bundleCode, Map<String, String> fieldAnswers) {
		BundleApplication draft = bundles.start(applicant, bundleCode);
		bundles.save(applicant, draft.id(), answers(bundles.form(applicant, draft.id()), fieldAnswers));
		bundles.materials(applicant, draft.id())
			.stream()
			.filter(CombinedMaterial::required)
			.forEach(material -> attachPdf(applicant, draft.id(), material.key()));
		return bundles.get(applicant, draft.id());
	}

	public AttachedMaterial attachPdf(Actor applicant, UUID bundleId, String materialKey) {
		return bundles.attach(applicant, bundleId, materialKey, materialKey + ".pdf",
				new ByteArrayInputStream(SampleFiles.pdf(materialKey + " of " + bundleId)));
	}

	/** What a small company answers, by the field of a member's form. */
	public static final Map<String, String> ANSWERS = Map.ofEntries(Map.entry("enterpriseName", "D市海风科技有限公司"),
			Map.entry("enterpriseType", "LLC_NATURAL"), Map.entry("registeredCapital", "500000"),
			Map.entry("businessScope", "软件开发；信息技术咨询服务"), Map.entry("preApproval", "NO"),
			Map.entry("domicile", "D市中山区人民路88号"), Map.entry("employees", "5"), Map.entry("legalRepName", "张伟"),
			Map.entry("legalRepIdNumber", "210202198503120311"), Map.entry("legalRepMobile", "13904110001"),
			Map.entry("contactName", "李文"), Map.entry("contactMobile", "13912345678"), Map.entry("agent", "NO"),
			Map.entry("taxpayerType", "SMALL"), Map.entry("accountingStandard", "SBAS"), Map.entry("financeName", "王芳"),
			Map.entry("financeIdNumber", "21020319901123046X"), Map.entry("financeMobile", "13987654321"),
			Map.entry("invoiceKind", "DIGITAL_ORDINARY"), Map.entry("monthlyInvoiceAmount", "100000"),
			Map.entry("employerType", "ENTERPRISE"), Map.entry("foundedOn", "2026-11-20"),
			Map.entry("employeeCount", "5"), Map.entry("bankName", "中国工商银行D市分行"),
			Map.entry("bankAccount", "6222020400001234567"), Map.entry("sealSet", "FIRST_SET"),
			Map.entry("sealCount", "4"), Map.entry("engraver", "DSCX"), Map.entry("receiveBy", "WINDOW"));

	/** {@link #ANSWERS} to each question of the combined form, by the field it asks. */
	public static Map<String, List<String>> answers(CombinedForm form) {
		return answers(form, ANSWERS);
	}

	/** The answers given by field key to each question of the combined form asking it. */
	static Map<String, List<String>> answers(CombinedForm form, Map<String, String> fieldAnswers) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		form.questions()
			.filter(question -> fieldAnswers.containsKey(question.field().key()))
			.forEach(question -> answers.put(question.key(), List.of(fieldAnswers.get(question.field().key()))));
		return answers;
	}

	/**
	 * Answers every question of the combined form in a browser as a small company would,
	 * online or at the integrated window.
	 */
	public static void fillIn(Browser browser) {
		for (WebElement input : browser.findAll("#bundle-form [name]")) {
			String name = input.getDomAttribute("name");
			String value = ANSWERS.get(name.substring(name.lastIndexOf('.') + 1));
			String type = input.getDomAttribute("type");
			if (value == null || "hidden".equals(type)) {
				continue;
			}
			if ("select".equals(input.getTagName())) {
				new Select(input).selectByValue(value);
			}
			else if ("radio".equals(type) || "checkbox".equals(type)) {
				if (value.equals(input.getDomAttribute("value")) && !input.isSelected()) {
					browser.find("label[for='" + input.getDomAttribute("id") + "']").click();
				}
			}
			else {
				browser.driver().executeScript("arguments[0].value = arguments[1]", input, value);
			}
		}
	}

}
