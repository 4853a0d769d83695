package org.tongban.approval.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.tongban.application.CaseDocument;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.approval.Decision;
import org.tongban.approval.SpecialPeriodKind;
import org.tongban.approval.documents.CaseDocuments.Acceptance;
import org.tongban.approval.documents.CaseDocuments.Extension;
import org.tongban.approval.documents.CaseDocuments.Refusal;
import org.tongban.approval.documents.CaseDocuments.Ruling;
import org.tongban.approval.documents.CaseDocuments.SpecialPeriod;
import org.tongban.catalog.MatterCatalog;
import org.tongban.storage.AttachmentContent;
import org.tongban.storage.AttachmentType;
import org.tongban.storage.Attachments;

/**
 * R4.1, R4.2, R5.3–R5.5, R15.2: every notice and decision of a case is a dated PDF in the
 * department's name, stating the applicant, the matter, the application number and what
 * the law requires the kind to say, stored for the applicant to download.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseDocumentsTests {

	static final String MATTER = "SCJGJ-SPJYXK";

	@Autowired
	CaseDocuments documents;

	@Autowired
	Attachments attachments;

	@Autowired
	MatterCatalog catalog;

	@Autowired
	Clock clock;

	@Autowired
	MessageSource messages;

	CaseFacts facts;

	String today;

	@BeforeEach
	void aCase() {
		int version = catalog.guide(MATTER).version().version();
		facts = new CaseFacts("TB" + System.nanoTime(), "D市海滨餐饮管理有限公司", MATTER, version, LocalDate.of(2026, 11, 20));
		LocalDate day = LocalDate.now(clock);
		today = day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	@Test
	@DisplayName("R4.2: the acceptance notice gives the day of acceptance and the day the decision is due")
	void anAcceptanceNoticeGivesTheAcceptanceAndDueDays() throws IOException {
		CaseDocument notice = documents.acceptanceNotice(facts,
				new Acceptance(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), false));

		assertThat(notice.kind()).isEqualTo("ACCEPTANCE_NOTICE");
		assertThat(notice.fileName()).isEqualTo("受理通知书-" + facts.applicationNumber() + ".pdf");
		assertThat(notice.issuedAt()).isBetween(clock.instant().minusSeconds(60), clock.instant());
		String text = text(notice);
		assertThat(text).contains("受理通知书", "市市场监督管理局",
				"SCJGJ受字〔" + LocalDate.now(clock).getYear() + "〕" + facts.applicationNumber() + "号", "D市海滨餐饮管理有限公司：",
				"食品经营许可", facts.applicationNumber(), "2026年11月20日", "受理日期为2026年11月23日", "将于2026年11月30日前作出行政许可决定", today,
				"0769-22830001");
		assertThat(text).doesNotContain("依法自收到申请之日起受理");
	}

	@Test
	@DisplayName("R4.1: an application not told in time what to correct is accepted by law, and its notice says so")
	void aDeemedAcceptanceSaysItIsAcceptedByLaw() throws IOException {
		String text = text(documents.acceptanceNotice(facts,
				new Acceptance(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27), true)));

		assertThat(text).contains("依法自收到申请之日起受理", "受理日期为2026年11月20日");
	}

	@Test
	@DisplayName("R4.2: a refusal to accept gives its reason, legal basis and the applicant's remedies")
	void aRefusalNoticeGivesReasonBasisAndRemedies() throws IOException {
		CaseDocument notice = documents.refusalNotice(facts,
				new Refusal("申请事项依法不需要取得行政许可（仅销售预包装食品的，实行备案管理）。", "《中华人民共和国行政许可法》第三十二条第一款第（一）项"));

		String text = text(notice);
		assertThat(notice.kind()).isEqualTo("REFUSAL_NOTICE");
		assertThat(text).contains("不予受理通知书", "SCJGJ不受字", "决定不予受理", "仅销售预包装食品的，实行备案管理", "第三十二条第一款第（一）项", "六十日内依法申请行政复议",
				"六个月内依法向人民法院提起行政诉讼", today);
	}

	@Test
	@DisplayName("R4.1, R15.2: the correction notice lists every item at once, by the name the applicant knows")
	void aCorrectionNoticeListsEveryItemAtOnce() throws IOException {
		CaseDocument notice = documents.correctionNotice(facts,
				correction(
						List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "operatorName", "与营业执照上的名称不一致。"),
								new CorrectionItem(CorrectionItem.Kind.MATERIAL, "M02", "复印件模糊，无法辨认统一社会信用代码。")),
						"请携带原件到窗口核对。"));

		String text = text(notice);
		assertThat(notice.kind()).isEqualTo("CORRECTION_NOTICE");
		assertThat(text).contains("补正材料通知书（一次性告知）", "一次性告知需要补正的全部内容", "1. 申请表“经营者名称”：与营业执照上的名称不一致。",
				"2. 材料“营业执照”：复印件模糊，无法辨认统一社会信用代码。", "补充说明：请携带原件到窗口核对。", today);
	}

	@Test
	@DisplayName("R15.2: a long correction notice flows onto further pages, each numbered, and loses no item")
	void aCorrectionNoticeOfThirtyItemsSpansPages() throws IOException {
		List<CorrectionItem> items = IntStream.rangeClosed(1, 30)
			.mapToObj(n -> new CorrectionItem(CorrectionItem.Kind.MATERIAL, "M04",
					"第" + n + "处：平面布局图未标明加工制作区、就餐区、专间和餐用具清洗消毒区的位置与面积，请按《食品经营许可审查通则》的要求重新绘制并标注比例尺。"))
			.toList();

		try (PDDocument pdf = pdf(documents.correctionNotice(facts, correction(items, null)))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			String text = text(pdf);
			for (int n = 1; n <= 30; n++) {
				assertThat(text).contains(n + ". 材料“经营场所平面布局图和主要设备设施清单”：第" + n + "处");
			}
			assertThat(text).contains("第 1 页　共 " + pdf.getNumberOfPages() + " 页",
					"第 " + pdf.getNumberOfPages() + " 页　共 " + pdf.getNumberOfPages() + " 页");
			var lastPage = new PDFTextStripper();
			lastPage.setStartPage(pdf.getNumberOfPages());
			assertThat(lastPage.getText(pdf)).contains("市市场监督管理局", today);
		}
	}

	@Test
	@DisplayName("R5.3: a special period's notice gives its kind, reason, start and expected end, then its end")
	void aSpecialPeriodNoticeGivesKindReasonAndDays() throws IOException {
		String started = text(documents.specialPeriodNotice(facts, new SpecialPeriod(SpecialPeriodKind.EXPERT_REVIEW,
				"中央厨房工艺需论证", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 4), null)));
		String ended = text(documents.specialPeriodNotice(facts, new SpecialPeriod(SpecialPeriodKind.EXPERT_REVIEW,
				"中央厨房工艺需论证", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 2))));

		assertThat(started).contains("特殊环节告知书", "因中央厨房工艺需论证，需要进行专家评审", "不计算在审批期限内",
				"专家评审自2026年11月27日开始，预计于2026年12月4日结束");
		assertThat(ended).contains("专家评审自2026年11月27日开始，已于2026年12月2日结束");
	}

	@Test
	@DisplayName("R5.4: an extension notice gives the days, the new due day, the reason and who approved it")
	void anExtensionNoticeGivesDaysDueDayReasonAndApprover() throws IOException {
		CaseDocument notice = documents.extensionNotice(facts,
				new Extension(10, LocalDate.of(2026, 12, 18), "现场核查发现的问题需要整改复查", "王建国"));

		assertThat(notice.kind()).isEqualTo("EXTENSION_NOTICE");
		assertThat(text(notice)).contains("延长审批期限告知书", "SCJGJ延字", "因现场核查发现的问题需要整改复查", "经本机关负责人王建国批准", "审批期限延长10个工作日",
				"将于2026年12月18日前作出行政许可决定");
	}

	@Test
	@DisplayName("R5.5: a grant states the decision and its legal basis, the matter's by default")
	void aGrantDecisionStatesTheDecisionAndBasis() throws IOException {
		CaseDocument decision = documents.decision(facts,
				new Ruling(Decision.GRANT, LocalDate.of(2026, 11, 23), "现场核查项目全部符合。", null));

		String text = text(decision);
		assertThat(decision.kind()).isEqualTo("GRANT_DECISION");
		assertThat(text).contains("准予行政许可决定书", "SCJGJ许字", "本机关于2026年11月23日受理", "决定准予行政许可", "审查意见：现场核查项目全部符合。",
				"《中华人民共和国食品安全法》第三十五条", today);
		assertThat(text).doesNotContain("行政复议");
	}

	@Test
	@DisplayName("R5.5: a denial gives its reasons, legal basis and the applicant's remedies")
	void aDenialDecisionGivesReasonsBasisAndRemedies() throws IOException {
		CaseDocument decision = documents.decision(facts, new Ruling(Decision.DENY, LocalDate.of(2026, 11, 23),
				"现场核查发现专间未设置独立的空气消毒设施，属关键项不符合。", "《食品经营许可审查通则》第二十条"));

		String text = text(decision);
		assertThat(decision.kind()).isEqualTo("DENIAL_DECISION");
		assertThat(text).contains("不予行政许可决定书", "决定不予行政许可", "专间未设置独立的空气消毒设施", "法律依据：《食品经营许可审查通则》第二十条", "六十日内依法申请行政复议",
				"六个月内依法向人民法院提起行政诉讼");
	}

	@Test
	@DisplayName("R4, R5: the document is stored, and opens as a PDF under its name")
	void theStoredDocumentOpensAsAPdf() throws IOException {
		CaseDocument notice = documents.acceptanceNotice(facts,
				new Acceptance(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), false));

		try (AttachmentContent content = attachments.open(notice.attachmentId())) {
			assertThat(content.attachment().type()).isEqualTo(AttachmentType.PDF);
			assertThat(content.mediaType()).hasToString("application/pdf");
			assertThat(content.attachment().displayName()).isEqualTo(notice.fileName());
			try (InputStream in = content.stream()) {
				assertThat(in.readNBytes(5)).isEqualTo("%PDF-".getBytes());
			}
		}
	}

	private CorrectionRequest correction(List<CorrectionItem> items, String note) {
		return new CorrectionRequest(UUID.randomUUID(), "ACCEPTANCE", "SCJGJ", items, note, Instant.now(clock));
	}

	@Test
	@DisplayName("R7.1: each kind of document is titled and named as the applicant's and the staff's pages call it")
	void eachDocumentIsTitledAndNamedAsThePagesCallIt() throws IOException {
		List<CaseDocument> issued = List.of(
				documents.acceptanceNotice(facts,
						new Acceptance(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), false)),
				documents.refusalNotice(facts, new Refusal("不属于本机关职权范围。", "《中华人民共和国行政许可法》第三十二条")),
				documents.correctionNotice(facts,
						correction(List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "operatorName", "与营业执照不一致。")),
								null)),
				documents.specialPeriodNotice(facts,
						new SpecialPeriod(SpecialPeriodKind.EXPERT_REVIEW, "工艺需论证", LocalDate.of(2026, 11, 27),
								LocalDate.of(2026, 12, 4), null)),
				documents.extensionNotice(facts, new Extension(10, LocalDate.of(2026, 12, 18), "需要整改复查", "王建国")),
				documents.decision(facts, new Ruling(Decision.GRANT, LocalDate.of(2026, 11, 23), "符合条件。", null)),
				documents.decision(facts, new Ruling(Decision.DENY, LocalDate.of(2026, 11, 23), "不符合条件。", "第二十条")),
				documents.revocation(facts, new CaseDocuments.Revocation(LocalDate.of(2026, 11, 23),
						"经事后核查，申请人承诺的场所条件与实际不符。", "《中华人民共和国行政许可法》第六十九条")));

		assertThat(issued).extracting(CaseDocument::kind)
			.containsExactlyInAnyOrderElementsOf(Stream.of(CaseDocuments.Kind.values()).map(Enum::name).toList());
		for (CaseDocument document : issued) {
			String label = messages.getMessage("application.document." + document.kind(), null, Locale.CHINA);
			assertThat(document.fileName()).isEqualTo(label + "-" + facts.applicationNumber() + ".pdf");
			try (PDDocument pdf = pdf(document)) {
				assertThat(pdf.getDocumentInformation().getTitle()).startsWith(label + " ");
				assertThat(text(pdf)).contains(label);
			}
		}
	}

	private String text(CaseDocument document) throws IOException {
		try (PDDocument pdf = pdf(document)) {
			return text(pdf);
		}
	}

	/**
	 * The text without the line breaks of its wrapping, so that a sentence is found
	 * whatever its lines.
	 */
	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf).replaceAll("\\R", "");
	}

	private PDDocument pdf(CaseDocument document) throws IOException {
		try (AttachmentContent content = attachments.open(document.attachmentId()); InputStream in = content.stream()) {
			return Loader.loadPDF(in.readAllBytes());
		}
	}

}
