package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL_NAME;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL_NAME_EN;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
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
 * R2.2: each guide offers its application form to download: a PDF for A4 with the form's sections and fields as
 * labelled blanks, the materials checklist and the applicant's declaration, its Chinese set in an embedded font.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationFormDownloadTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcAggregateTemplate database;

	@Autowired
	MatterCatalog catalog;

	@Autowired
	ApplicationFormDocument applicationForms;

	@BeforeEach
	void catalogue() {
		new CataloguePagesFixture(database).install();
	}

	@Test
	void formIsAPdfAttachmentWithAnAsciiNameAndAUnicodeOne() {
		MvcTestResult download = mvc.get().uri("/matters/" + FULL + "/application-form.pdf").exchange();

		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		String header = download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(header).isNotNull().isASCII().startsWith("attachment; filename=\"" + FULL + "-v2-");
		ContentDisposition disposition = ContentDisposition.parse(header);
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getCharset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(disposition.getFilename()).isEqualTo(FULL + "-v2-" + FULL_NAME + "申请表.pdf");
	}

	@Test
	void formIsTitledWithTheMatterAndAsksWhatTheGuideSays() throws IOException {
		try (PDDocument pdf = download("/matters/" + FULL + "/application-form.pdf")) {
			String text = text(pdf);

			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(FULL_NAME + "申请表 (" + FULL + " v2)");
			assertThat(text).contains(FULL_NAME + "申请表", "事项编码：" + FULL, "第 2 版（2001年1月1日起施行）", "实施部门：蓝莓园区管理局")
				.containsSubsequence("申请人信息", "申请人名称 *", "与营业执照上的名称一致", "法定代表人身份证号码 *", "经营信息",
						"游船类型 *", "手划船", "电动船", "航线说明 *", "我已阅读并同意安全须知")
				.containsSubsequence("申请材料清单", "1. 营业执照", "必交；复印件 1 份；可用电子证照代替", "2. 授权委托书",
						"视情形提交：委托代理人办理的")
				.containsSubsequence("申请人声明", "真实、准确、完整、有效", "本事项实行告知承诺制", "申请人（签名或盖章）：", "日期：")
				.contains("第 1 页，共 2 页");
		}
	}

	@Test
	void chineseIsSetInAnEmbeddedSubsetOfTheCjkFont() throws IOException {
		try (PDDocument pdf = download("/matters/" + FULL + "/application-form.pdf")) {
			List<PDFont> fonts = fonts(pdf);

			assertThat(fonts).filteredOn(PDType0Font.class::isInstance)
				.isNotEmpty()
				.allSatisfy(font -> {
					assertThat(font.isEmbedded()).isTrue();
					assertThat(font.getName()).matches("[A-Z]{6}\\+DroidSansFallback");
				});
		}
	}

	@Test
	void pagesAreA4() throws IOException {
		try (PDDocument pdf = download("/matters/" + FULL + "/application-form.pdf")) {
			for (PDPage page : pdf.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
				assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
			}
		}
	}

	@Test
	void formOfAnotherVersionCanBeDownloaded() throws IOException {
		try (PDDocument pdf = download("/matters/" + FULL + "/application-form.pdf?version=1")) {
			assertThat(text(pdf)).contains("第 1 版（2000年1月1日起施行）");
		}
	}

	@Test
	void formSpeaksEnglishWhenAskedTo() throws IOException {
		try (PDDocument pdf = download("/matters/" + FULL + "/application-form.pdf?lang=en")) {
			assertThat(text(pdf)).contains("Application form: " + FULL_NAME_EN, "Name of the applicant *", "Documents checklist",
					"Declaration", "Page 1 of 2");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
	}

	@Test
	void longFormBreaksOverPagesWithoutLosingAField() throws IOException {
		MatterGuide guide = catalog.guide(FULL);
		List<FormDefinition.Field> fields = IntStream.rangeClosed(1, 60)
			.mapToObj(i -> new FormDefinition.Field("f" + i, LocalizedText.of("第" + i + "项", null),
					i % 2 == 0 ? FormDefinition.FieldType.TEXTAREA : FormDefinition.FieldType.TEXT, true, null, null,
					null, null, null, List.of(), null))
			.toList();
		MatterVersion v = guide.version();
		MatterVersion longer = new MatterVersion(v.id(), v.matterCode(), v.version(), v.effectiveFrom(), v.name(),
				v.summary(), v.conditions(), v.standards(), v.statutoryLimitDays(), v.committedLimitDays(),
				v.informedCommitment(), v.automaticApproval(), v.deliveryMethods(), v.serviceLocation(),
				v.servicePhone(), v.serviceHours(), v.maxVisits(), v.processKey(),
				new FormDefinition(List.of(new FormDefinition.Section("all", LocalizedText.of("全部", null), fields))),
				v.legalBases(), v.materials(), v.steps(), v.fees(), v.faqs());
		byte[] rendered = applicationForms.render(
				new MatterGuide(guide.matter(), longer, guide.department(), guide.themes(), guide.history()),
				Locale.SIMPLIFIED_CHINESE);

		try (PDDocument pdf = Loader.loadPDF(rendered)) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
			String text = text(pdf);
			List<String> labels = new ArrayList<>();
			IntStream.rangeClosed(1, 60).forEach(i -> labels.add("第" + i + "项 *"));
			assertThat(text).containsSubsequence(labels).contains("申请人声明");
			assertThat(text).contains("第 " + pdf.getNumberOfPages() + " 页，共 " + pdf.getNumberOfPages() + " 页");
		}
	}

	@Test
	void unknownMatterHasNoForm() {
		assertThat(mvc.get().uri("/matters/TEST-PAGES-NO-SUCH-MATTER/application-form.pdf").exchange())
			.hasStatus(404);
	}

	private PDDocument download(String path) throws IOException {
		MvcTestResult download = mvc.get().uri(path).exchange();
		assertThat(download).hasStatusOk();
		return Loader.loadPDF(download.getResponse().getContentAsByteArray());
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf);
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
