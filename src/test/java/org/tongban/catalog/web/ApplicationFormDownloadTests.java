package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterVersion;
import org.tongban.catalog.forms.ApplicationFormDocument;
import org.tongban.shared.LocalizedText;

/**
 * R2.2: each guide offers its application form to download: a PDF for A4 with the form's
 * sections and fields as labelled blanks, the materials checklist and the applicant's
 * declaration, its Chinese set in an embedded font. Downloads the forms of the demo
 * catalogue of D city on the demo day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationFormDownloadTests {

	/**
	 * Version 1 of 1 January 2025 is superseded by version 2, in force since 1 March
	 * 2026.
	 */
	static final String FOOD_LICENCE = "SCJGJ-SPJYXK";

	static final String FOOD_LICENCE_FORM = "/matters/" + FOOD_LICENCE + "/application-form.pdf";

	/** Granted on informed commitment. */
	static final String JOB_PLACEMENT_LICENCE = "RSJ-RLZYFWXK";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MatterCatalog catalog;

	@Autowired
	ApplicationFormDocument applicationForms;

	@Test
	void formIsAPdfAttachmentWithAnAsciiNameAndAUnicodeOne() {
		MvcTestResult download = mvc.get().uri(FOOD_LICENCE_FORM).exchange();

		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		String header = download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(header).isNotNull().isASCII().startsWith("attachment; filename=\"" + FOOD_LICENCE + "-v2-");
		ContentDisposition disposition = ContentDisposition.parse(header);
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getCharset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(disposition.getFilename()).isEqualTo(FOOD_LICENCE + "-v2-食品经营许可（新办）申请表.pdf");
	}

	@Test
	void formIsTitledWithTheMatterAndAsksWhatTheGuideSays() throws IOException {
		try (PDDocument pdf = download(FOOD_LICENCE_FORM)) {
			String text = text(pdf);

			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("食品经营许可（新办）申请表 (" + FOOD_LICENCE + " v2)");
			assertThat(text).contains("食品经营许可（新办）申请表", "事项编码：" + FOOD_LICENCE, "第 2 版（2026年3月1日起施行）", "实施部门：市市场监督管理局")
				.containsSubsequence("经营者信息", "经营者名称 *", "与营业执照（登记证书）上的名称一致", "统一社会信用代码 *", "法定代表人（负责人）身份证号码 *", "经营场所",
						"经营场所地址 *", "仓库地址", "是否从事网络经营 *", "是", "否", "经营项目", "主体业态 *", "食品销售经营者（商场超市）", "单位食堂（职工食堂）",
						"经营项目 *", "可多选", "散装食品销售", "特殊食品销售", "自制饮品制售", "声明", "真实性声明")
				.containsSubsequence("申请材料清单", "1. 食品经营许可申请书", "必交；电子材料 1 份", "2. 营业执照", "必交；电子材料 1 份；可用电子证照代替",
						"7. 授权委托书及受托人身份证明", "视情形提交：委托他人代为办理时")
				.containsSubsequence("申请人声明", "真实、准确、完整、有效", "申请人（签名或盖章）：", "日期：")
				.doesNotContain("仓库地址 *")
				.doesNotContain("本事项实行告知承诺制");
		}
	}

	@Test
	void everyPageSaysWhichPageOfHowManyItIs() throws IOException {
		try (PDDocument pdf = download(FOOD_LICENCE_FORM)) {
			int pages = pdf.getNumberOfPages();

			assertThat(pages).isGreaterThan(1);
			for (int page = 1; page <= pages; page++) {
				assertThat(text(pdf, page))
					.contains("食品经营许可（新办）（" + FOOD_LICENCE + "，第 2 版）　第 " + page + " 页，共 " + pages + " 页");
			}
		}
	}

	@Test
	void declarationOfAMatterOnInformedCommitmentCarriesTheCommitment() throws IOException {
		try (PDDocument pdf = download("/matters/" + JOB_PLACEMENT_LICENCE + "/application-form.pdf")) {
			assertThat(text(pdf)).containsSubsequence("申请材料清单", "告知承诺书", "申请人声明", "真实、准确、完整、有效", "本事项实行告知承诺制",
					"申请人（签名或盖章）：");
		}
	}

	@Test
	void chineseIsSetInAnEmbeddedSubsetOfTheCjkFont() throws IOException {
		try (PDDocument pdf = download(FOOD_LICENCE_FORM)) {
			List<PDFont> fonts = fonts(pdf);

			assertThat(fonts).filteredOn(PDType0Font.class::isInstance).isNotEmpty().allSatisfy(font -> {
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+DroidSansFallback");
			});
		}
	}

	@Test
	void pagesAreA4() throws IOException {
		try (PDDocument pdf = download(FOOD_LICENCE_FORM)) {
			assertThat(pdf.getNumberOfPages()).isPositive();
			for (PDPage page : pdf.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
				assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
			}
		}
	}

	@Test
	void formOfAnotherVersionCanBeDownloaded() throws IOException {
		try (PDDocument pdf = download(FOOD_LICENCE_FORM + "?version=1")) {
			// Version 1 still asked for the business licence in original and copy.
			assertThat(text(pdf)).contains("第 1 版（2025年1月1日起施行）", "必交；原件和复印件 1 份；可用电子证照代替");
		}
	}

	@Test
	void formSpeaksEnglishWhenAskedTo() throws IOException {
		try (PDDocument pdf = download(FOOD_LICENCE_FORM + "?lang=en")) {
			assertThat(text(pdf)).contains("Application form: Food business licence (new)", "Name of the operator *",
					"Documents checklist", "Business licence", "Required; Electronic file, 1 copy; E-licence accepted",
					"Declaration", "Page 1 of " + pdf.getNumberOfPages());
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
	}

	@Test
	void longFormBreaksOverPagesWithoutLosingAField() throws IOException {
		List<FormDefinition.Field> fields = IntStream.rangeClosed(1, 60)
			.mapToObj(i -> new FormDefinition.Field("f" + i, LocalizedText.of("第" + i + "项", null),
					i % 2 == 0 ? FormDefinition.FieldType.TEXTAREA : FormDefinition.FieldType.TEXT, true, null, null,
					null, null, null, List.of(), null, null))
			.toList();
		// The food licence's guide with a form of 60 fields, built here and never stored.
		MatterGuide longForm = withForm(catalog.guide(FOOD_LICENCE),
				new FormDefinition(List.of(new FormDefinition.Section("all", LocalizedText.of("全部", null), fields))));

		try (PDDocument pdf = Loader.loadPDF(applicationForms.render(longForm, Locale.SIMPLIFIED_CHINESE))) {
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(4);
			List<String> labels = new ArrayList<>();
			IntStream.rangeClosed(1, 60).forEach(i -> labels.add("第" + i + "项 *"));
			assertThat(text(pdf)).containsSubsequence(labels).contains("申请人声明");
			for (int page = 1; page <= pages; page++) {
				assertThat(text(pdf, page)).contains("第 " + page + " 页，共 " + pages + " 页");
			}
		}
	}

	@Test
	void unknownMatterHasNoForm() {
		assertThat(mvc.get().uri("/matters/NO-SUCH-MATTER/application-form.pdf").exchange()).hasStatus(404);
	}

	private PDDocument download(String path) throws IOException {
		MvcTestResult download = mvc.get().uri(path).exchange();
		assertThat(download).hasStatusOk();
		return Loader.loadPDF(download.getResponse().getContentAsByteArray());
	}

	private static MatterGuide withForm(MatterGuide guide, FormDefinition form) {
		MatterVersion v = guide.version();
		MatterVersion withForm = new MatterVersion(v.id(), v.matterCode(), v.version(), v.effectiveFrom(), v.name(),
				v.summary(), v.conditions(), v.standards(), v.statutoryLimitDays(), v.committedLimitDays(),
				v.informedCommitment(), v.automaticApproval(), v.deliveryMethods(), v.serviceLocation(),
				v.servicePhone(), v.serviceHours(), v.maxVisits(), v.processKey(), v.separateReviewers(), form,
				v.legalBases(), v.materials(), v.steps(), v.fees(), v.faqs());
		return new MatterGuide(guide.matter(), withForm, guide.department(), guide.themes(), guide.history());
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf);
	}

	private static String text(PDDocument pdf, int page) throws IOException {
		var stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	private static List<PDFont> fonts(PDDocument pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

}
