package org.tongban.approval.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseMessage;
import org.tongban.application.Channel;
import org.tongban.application.CaseStep;
import org.tongban.application.Gap;
import org.tongban.application.CorrectionItem;
import org.tongban.application.Receipt;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.approval.QueueFilter;
import org.tongban.approval.WorkItem;
import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Paging;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.ResultPage;
import org.tongban.storage.AttachmentContent;
import org.tongban.storage.AttachmentType;
import org.tongban.storage.StoredAttachment;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.PauseReason;
import org.tongban.support.WebPage;

/**
 * The staff pages on their own (R4, R5.4, R8.2, R8.3, R13): what the work queue, the case
 * page and the action pages show of what the case work answers, how they check a form
 * before the case work is asked, and how they show its refusals; the case work itself is
 * a stand-in here, so that every page and every refusal can be shown on demand.
 */
@IdentityTest
class StaffPagesTests {

	static final String MATTER = "SCJGJ-SPJYXK";

	static final String NUMBER = "TB20261127000042";

	static final Instant RECEIVED = Instant.parse("2026-11-27T02:00:00Z");

	@MockitoBean
	CaseWork work;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	Clock clock;

	@Autowired
	MatterCatalog catalog;

	Visitor clerk;

	MatterVersion version;

	@BeforeEach
	void logIn() {
		version = catalog.guide(MATTER).version();
		clerk = new Visitor(mvc);
		clerk.logIn(EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(Role.WINDOW_CLERK, "SCJGJ")));
		given(work.queue(any(), any(), any())).willReturn(new ResultPage<>(List.of(), 1, 50, 0));
	}

	@Test
	@DisplayName("R8.3: the queue shows each task with its deadline as colour and word, and links to the case")
	void theQueueShowsEachTaskWithItsDeadlineAsColourAndWord() {
		given(work.queue(any(), any(), any()))
			.willReturn(new ResultPage<>(List.of(item("TB20261127000101", 3, WorkItem.DeadlineColour.GREEN, null),
					item("TB20261127000102", -2, WorkItem.DeadlineColour.RED, "张敏"),
					item("TB20261127000103", null, WorkItem.DeadlineColour.GREY, null)), 1, 50, 3));

		WebPage queue = clerk.page("/staff");

		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.text()).contains("待办事项", "食品经营许可", "D市味之源餐饮管理有限公司", "受理", "剩余 3 个工作日", "正常", "已超期 2 个工作日",
				"已超期", "暂停计时", "张敏", "未认领");
		assertThat(queue.html()).contains("href=\"/staff/cases/TB20261127000101\"", "deadline--red", "deadline--grey",
				"action=\"/staff/cases/TB20261127000101/claim\"");
		assertThat(queue.count("action=\"/staff/cases/TB20261127000102/claim\"")).as("claimed by another").isZero();
	}

	@Test
	@DisplayName("The queue's filter and order are a plain GET form")
	void theQueueIsFilteredAndSortedByAPlainForm() {
		WebPage queue = clerk.page("/staff?step=ACCEPTANCE&matter=" + MATTER + "&claim=MINE&sort=RECEIVED");

		assertThat(queue.text()).contains("没有符合条件的待办事项。");
		assertThat(queue.html()).contains("<form class=\"queue-filters\" action=\"/staff\" method=\"get\"");
		verify(work).queue(any(),
				eq(new QueueFilter(CaseStep.ACCEPTANCE, MATTER, QueueFilter.Claim.MINE, QueueFilter.Sort.RECEIVED)),
				eq(new Paging(1, 50)));
	}

	@Test
	@DisplayName("A long queue is read 50 tasks a page, its filter kept from page to page")
	void aLongQueueIsReadAPageAtATime() {
		given(work.queue(any(), any(), any())).willReturn(new ResultPage<>(
				List.of(item("TB20261127000151", 3, WorkItem.DeadlineColour.GREEN, null)), 2, 50, 120));

		WebPage queue = clerk.page("/staff?step=ACCEPTANCE&page=2");

		assertThat(queue.text()).contains("共 120 件", "第 2 页，共 3 页", "上一页", "下一页");
		assertThat(queue.html()).contains("href=\"/staff?step=ACCEPTANCE&amp;page=3\"");
		verify(work).queue(any(),
				eq(new QueueFilter(CaseStep.ACCEPTANCE, null, QueueFilter.Claim.ALL, QueueFilter.Sort.DUE)),
				eq(new Paging(2, 50)));
	}

	@Test
	void aFilterThePageDoesNotOfferIsRefusedAtItsField() {
		WebPage queue = clerk.page("/staff?claim=EVERYBODY&matter=ZJJ-NOT-MINE");

		assertThat(queue.title()).startsWith("错误：");
		assertThat(queue.text()).contains("存在以下问题", "请从列表中选择。");
		verify(work).queue(any(), eq(QueueFilter.ALL), any());
	}

	@Test
	@DisplayName("R15.6: the queue flags a case whose materials to follow were not supplied in time")
	void theQueueFlagsGapsNotSuppliedInTime() {
		WorkItem overdue = item("TB20261127000105", 5, WorkItem.DeadlineColour.GREEN, null);
		WorkItem awaited = item("TB20261127000106", 5, WorkItem.DeadlineColour.GREEN, null);
		given(work.queue(any(), any(), any())).willReturn(
				new ResultPage<>(List.of(withGaps(overdue, Gap.State.OVERDUE), withGaps(awaited, Gap.State.AWAITED),
						item("TB20261127000107", 5, WorkItem.DeadlineColour.GREEN, null)), 1, 50, 3));

		WebPage queue = clerk.page("/staff");

		assertThat(queue.text()).containsOnlyOnce("容缺材料逾期未补交").containsOnlyOnce("容缺材料待补交");
		assertThat(queue.html()).contains("tag tag--red");
		assertThat(clerk.page("/staff?lang=en").text()).contains("Materials to follow not supplied in time");
		clerk.page("/staff?lang=zh");
	}

	@Test
	void theQueueReadsInEnglish() {
		given(work.queue(any(), any(), any())).willReturn(
				new ResultPage<>(List.of(item("TB20261127000104", 1, WorkItem.DeadlineColour.YELLOW, null)), 1, 50, 1));

		assertThat(clerk.page("/staff?lang=en").text())
			.contains("Work queue", "Due soon", "1 working days left", "Acceptance", "Food Business Licence")
			.doesNotContain("??");
		clerk.page("/staff?lang=zh");
	}

	@Test
	@DisplayName("R5.4, R8.2: the case page shows summary, clock, actions, answers, files, history and messages")
	void theCasePageShowsEverythingAboutTheCase() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(EnumSet.of(CaseAction.CLAIM, CaseAction.ACCEPT,
				CaseAction.REFUSE, CaseAction.REQUEST_CORRECTION, CaseAction.WRITE), List.of()));

		WebPage page = clerk.page("/staff/cases/" + NUMBER);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).doesNotContain("??");
		assertThat(clerk.page("/staff/cases/" + NUMBER + "?lang=en").text()).contains("Time limit", "History")
			.doesNotContain("??");
		clerk.page("/staff?lang=zh");
		assertThat(page.text()).contains(NUMBER, "食品经营许可", "第 " + version.version() + " 版", "市市场监督管理局",
				"2026年11月27日 10:00", "开始计时", "2026年11月30日", "受理环节期限 2026年12月4日", "剩余 4 个工作日", "法定 10 个工作日，承诺 5 个工作日",
				"计时中", "申请内容", "D市中山区人民路88号", "floor-plan.pdf", "受理通知书", "办理记录", "材料齐全", "留言", "请问何时受理？");
		assertThat(page.html()).contains("action=\"/staff/cases/" + NUMBER + "/claim\"",
				"href=\"/staff/cases/" + NUMBER + "/accept\"", "href=\"/staff/cases/" + NUMBER + "/refuse\"",
				"href=\"/staff/cases/" + NUMBER + "/request-correction\"",
				"href=\"/staff/cases/" + NUMBER + "/files/" + MATERIAL + "\"",
				"action=\"/staff/cases/" + NUMBER + "/write\"");
		assertThat(page.html()).doesNotContain("/decide\"", "/release\"");
	}

	@Test
	@DisplayName("R4.2, R15.2: after the one notice the case page names the items resubmitted unchanged, and a second "
			+ "notice is refused with the reason")
	void afterTheOneNoticeTheCasePageNamesTheItemsResubmittedUnchanged() {
		var history = List.of(
				new CaseView.HistoryEntry(RECEIVED, "张敏", "WINDOW_CLERK", "SCJGJ", "ACCEPTANCE", "REQUEST_CORRECTION",
						"M04: 平面图看不清", null),
				new CaseView.HistoryEntry(RECEIVED, "D市味之源餐饮管理有限公司", "APPLICANT", "SCJGJ", "ACCEPTANCE", "CORRECTED",
						"M04: 平面图看不清", "UNCHANGED"));
		given(work.open(any(), eq(NUMBER))).willReturn(view(EnumSet.of(CaseAction.ACCEPT, CaseAction.REFUSE), List.of(),
				List.of(new CorrectionItem(CorrectionItem.Kind.MATERIAL, "M04", "平面图看不清")), history));

		WebPage page = clerk.page("/staff/cases/" + NUMBER);

		assertThat(page.text()).contains("申请人重新提交补正时，以下告知项目与告知时相同，未作改动", "经营场所平面布局图和主要设备设施清单: 平面图看不清",
				"可以作出不予受理决定并说明理由", "本件已发出过一次性告知，受理时只能受理或不予受理，不能再次要求补正。", "有告知项目未改动");
		MvcTestResult second = clerk.get("/staff/cases/" + NUMBER + "/request-correction");
		assertThat(second).hasRedirectedUrl("/staff/cases/" + NUMBER);
		assertThat((String) second.getMvcResult().getFlashMap().get("refused"))
			.startsWith("一次性告知只能发出一次，本件受理时已要求过补正，不能再次要求补正。");
	}

	@Test
	@DisplayName("Issue 13 item 8, R5.4: the decision page offers the legal basis of the matter's guide, not a clause on refusing acceptance")
	void theDecisionPageOffersTheLegalBasisOfTheMattersGuide() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(EnumSet.of(CaseAction.DECIDE), List.of()));

		WebPage decide = clerk.page("/staff/cases/" + NUMBER + "/decide");
		WebPage english = clerk.page("/staff/cases/" + NUMBER + "/decide?lang=en");
		clerk.page("/staff?lang=zh");
		WebPage refuse = page(EnumSet.of(CaseAction.REFUSE), "/refuse");

		String basis = textarea(decide, "legalBasis");
		assertThat(basis).isNotBlank().startsWith(version.legalBases().get(0).title());
		assertThat(version.legalBases()).allSatisfy(law -> assertThat(basis).contains(law.title()));
		assertThat(decide.text()).contains("已填入本事项办事指南所列的法律依据").doesNotContain("第三十二条");
		assertThat(textarea(refuse, "legalBasis")).isEmpty();
		assertThat(refuse.text()).contains("第三十二条");
		assertThat(english.text()).contains("Filled in with the legal basis in the matter's service guide");
	}

	private WebPage page(Set<CaseAction> actions, String path) {
		given(work.open(any(), eq(NUMBER))).willReturn(view(actions, List.of()));
		return clerk.page("/staff/cases/" + NUMBER + path);
	}

	/** What a text box of the page holds. */
	private static String textarea(WebPage page, String name) {
		var box = java.util.regex.Pattern.compile("<textarea[^>]*name=\"" + name + "\"[^>]*>([^<]*)</textarea>")
			.matcher(page.html());
		assertThat(box.find()).as(name).isTrue();
		return box.group(1).strip();
	}

	@Test
	@DisplayName("R4.4: staff write to the applicant from the case page; an empty message is refused at the box")
	void staffWriteToTheApplicantFromTheCasePage() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(EnumSet.of(CaseAction.WRITE), List.of()));
		clerk.page("/staff/cases/" + NUMBER);

		WebPage empty = WebPage.of(clerk.post("/staff/cases/" + NUMBER + "/write", "body", " "));
		assertThat(empty.text()).contains("请输入留言内容。");
		assertThat(empty.html()).contains("id=\"message-body-error\"");

		assertThat(clerk.post("/staff/cases/" + NUMBER + "/write", "body", "请补充租赁合同原件。"))
			.hasRedirectedUrl("/staff/cases/" + NUMBER);
		verify(work).write(any(), eq(NUMBER), eq("请补充租赁合同原件。"));
		assertThat(clerk.page("/staff/cases/" + NUMBER).text()).contains("留言已发送。");
	}

	@Test
	void aCaseOfAnotherDepartmentIsNotFound() {
		given(work.open(any(), anyString())).willThrow(new NotFoundException("error.notFound.path"));

		assertThat(clerk.get("/staff/cases/TB20261127999999")).hasStatus(404);
		assertThat(clerk.get("/staff/cases/TB20261127999999/accept")).hasStatus(404);
	}

	@Test
	@DisplayName("R4.1: accepting asks for an opinion, then says it was done on the case page")
	void acceptingAsksForAnOpinionThenSaysItWasDone() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(EnumSet.of(CaseAction.ACCEPT), List.of()));
		assertThat(clerk.page("/staff/cases/" + NUMBER + "/accept").text()).contains("受理", "意见");

		WebPage refused = WebPage.of(clerk.post("/staff/cases/" + NUMBER + "/accept", "opinion", "  "));
		assertThat(refused.title()).startsWith("错误：");
		assertThat(refused.text()).contains("存在以下问题", "请填写意见。");
		assertThat(refused.html()).contains("href=\"#opinion\"", "id=\"opinion-error\"");
		verify(work, never()).accept(any(), anyString(), anyString());

		MvcTestResult accepted = clerk.post("/staff/cases/" + NUMBER + "/accept", "opinion", "材料齐全，予以受理。");
		assertThat(accepted).hasRedirectedUrl("/staff/cases/" + NUMBER);
		verify(work).accept(any(), eq(NUMBER), eq("材料齐全，予以受理。"));
		assertThat(clerk.page("/staff/cases/" + NUMBER).text()).contains("已受理，受理通知书已送达申请人。");
	}

	@Test
	@DisplayName("A refusal of the case work (409) is shown with its reason on the case page, not as an error")
	void aRefusalOfTheCaseWorkIsShownOnTheCasePage() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(EnumSet.of(CaseAction.ACCEPT), List.of()));
		willThrow(new RefusedException(Refusal.CONFLICT, "approval.task.claimedByOther", "张敏")).given(work)
			.accept(any(), eq(NUMBER), anyString());
		clerk.page("/staff/cases/" + NUMBER + "/accept");

		assertThat(clerk.post("/staff/cases/" + NUMBER + "/accept", "opinion", "材料齐全。"))
			.hasRedirectedUrl("/staff/cases/" + NUMBER);
		WebPage page = clerk.page("/staff/cases/" + NUMBER);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("未能办理", "该任务已由张敏认领。").doesNotContain("已受理，");
	}

	@Test
	void anActionTheCaseDoesNotOfferNowLeadsBackToTheCase() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(EnumSet.of(CaseAction.ACCEPT), List.of()));

		assertThat(clerk.get("/staff/cases/" + NUMBER + "/decide")).hasRedirectedUrl("/staff/cases/" + NUMBER);
		assertThat(clerk.page("/staff/cases/" + NUMBER).text()).contains("此时不能办理“作出决定”");
	}

	@Test
	@DisplayName("R4.1, R15.2: a correction notice lists every field and material; at least one, each with its problem")
	void aCorrectionNoticeListsEveryItemAndNeedsWhatIsWrongWithEach() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(EnumSet.of(CaseAction.REQUEST_CORRECTION), List.of()));
		Correctables correctables = Correctables.of(version);
		int address = index(correctables, CorrectionItem.Kind.FIELD, "premisesAddress");
		int plan = index(correctables, CorrectionItem.Kind.MATERIAL, "M04");

		WebPage form = clerk.page("/staff/cases/" + NUMBER + "/request-correction");
		assertThat(form.count("type=\"checkbox\"")).isEqualTo(correctables.items().size());
		assertThat(form.text()).contains("经营场所地址 D市中山区人民路88号", "经营场所平面布局图和主要设备设施清单");

		WebPage none = WebPage.of(clerk.post("/staff/cases/" + NUMBER + "/request-correction"));
		assertThat(none.text()).contains("请至少选择一项需要补正的内容或材料。");

		WebPage withoutProblem = WebPage.of(clerk.post("/staff/cases/" + NUMBER + "/request-correction",
				"items[" + address + "].selected", "true", "items[" + address + "].problem", ""));
		assertThat(withoutProblem.text()).contains("的问题所在。");
		assertThat(withoutProblem.html()).contains("href=\"#items[" + address + "].problem\"");

		assertThat(clerk.post("/staff/cases/" + NUMBER + "/request-correction", "items[" + address + "].selected",
				"true", "items[" + address + "].problem", "地址与租赁合同不一致", "items[" + plan + "].selected", "true",
				"items[" + plan + "].problem", "平面图未标明功能区", "note", "请一并补正。"))
			.hasRedirectedUrl("/staff/cases/" + NUMBER);
		verify(work).requestCorrection(any(), eq(NUMBER),
				eq(List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "premisesAddress", "地址与租赁合同不一致"),
						new CorrectionItem(CorrectionItem.Kind.MATERIAL, "M04", "平面图未标明功能区"))),
				eq("请一并补正。"));
	}

	@Test
	void aCorrectionLineTheNoticeDoesNotHaveIsNoFailure() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(EnumSet.of(CaseAction.REQUEST_CORRECTION), List.of()));
		clerk.page("/staff/cases/" + NUMBER + "/request-correction");

		WebPage page = WebPage.of(clerk.post("/staff/cases/" + NUMBER + "/request-correction", "items[99999].selected",
				"true", "items[99999].problem", "?"));

		assertThat(page.status()).isEqualTo(400);
		verify(work, never()).requestCorrection(any(), anyString(), any(), anyString());
	}

	@Test
	void theOpenCorrectionIsShownOnTheCasePageWithTheNamesOfItsItems() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(Set.of(),
				List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "premisesAddress", "地址与租赁合同不一致"))));

		assertThat(clerk.page("/staff/cases/" + NUMBER).text()).contains("补正事项", "经营场所", "地址与租赁合同不一致", "您此时没有可办理的操作。");
	}

	@Test
	@DisplayName("R15.4: a special period needs its kind, reason and an expected end from today on")
	void aSpecialPeriodNeedsItsKindReasonAndAnEndFromTodayOn() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(EnumSet.of(CaseAction.START_SPECIAL_PERIOD), List.of()));
		clerk.page("/staff/cases/" + NUMBER + "/start-special-period");

		WebPage refused = WebPage.of(clerk.post("/staff/cases/" + NUMBER + "/start-special-period", "kind", "PICNIC",
				"reason", "", "expectedEnd", "2026-11-26"));
		assertThat(refused.text()).contains("请选择特殊环节。", "请填写理由。", "预计结束日期不能早于今天。");

		WebPage badDate = WebPage.of(clerk.post("/staff/cases/" + NUMBER + "/start-special-period", "kind",
				"INSPECTION", "reason", "现场核查", "expectedEnd", "下周"));
		assertThat(badDate.text()).contains("请按“年-月-日”填写日期");

		assertThat(clerk.post("/staff/cases/" + NUMBER + "/start-special-period", "kind", "INSPECTION", "reason",
				"现场核查经营场所", "expectedEnd", "2026-12-02"))
			.hasRedirectedUrl("/staff/cases/" + NUMBER);
		verify(work).startSpecialPeriod(any(), eq(NUMBER), eq(org.tongban.approval.SpecialPeriodKind.INSPECTION),
				eq("现场核查经营场所"), eq(LocalDate.of(2026, 12, 2)));
	}

	@Test
	@DisplayName("Every action page shows its fields, in Chinese and in English")
	void everyActionPageShowsItsFields() {
		given(work.open(any(), eq(NUMBER))).willReturn(view(ActionPages.PAGES.keySet(), List.of()));
		for (CaseAction action : ActionPages.PAGES.keySet()) {
			String path = "/staff/cases/" + NUMBER + "/" + action.path();
			WebPage zh = clerk.page(path);
			assertThat(zh.status()).as(path).isEqualTo(200);
			assertThat(zh.text()).as("every text of %s in the bundle", path).doesNotContain("??");
			for (String field : ActionPages.PAGES.get(action)) {
				// A correction's items and an expert review's experts are groups of
				// lines; the materials that may follow are the matter's, and none of
				// the food licence's may.
				if (!field.equals("items") && !field.equals("experts") && !field.equals("gaps")) {
					assertThat(zh.html()).as(path + " " + field).contains("name=\"" + field + "\"");
				}
			}
			assertThat(clerk.page(path + "?lang=en").text()).as(path)
				.contains("Confirm", "Case " + NUMBER)
				.doesNotContain("??");
			clerk.page(path + "?lang=zh");
		}
	}

	@Test
	@DisplayName("R12.2: a PDF opens in the browser, typed and named by the server, never sniffed")
	void aPdfOpensInTheBrowser() {
		var stored = new StoredAttachment(MATERIAL, "平面图.pdf", AttachmentType.PDF, 4, "00", RECEIVED);
		given(work.file(any(), eq(NUMBER), eq(MATERIAL)))
			.willReturn(new AttachmentContent(stored, new ByteArrayInputStream("%PDF".getBytes())));

		MvcTestResult file = clerk.get("/staff/cases/" + NUMBER + "/files/" + MATERIAL);

		assertThat(file).hasStatusOk().hasContentType("application/pdf");
		assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("inline;").contains("filename*=");
		assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	static final UUID MATERIAL = UUID.fromString("00000000-0000-4000-8000-00000000f104");

	private static int index(Correctables correctables, CorrectionItem.Kind kind, String code) {
		for (int i = 0; i < correctables.items().size(); i++) {
			if (correctables.items().get(i).kind() == kind && correctables.items().get(i).code().equals(code)) {
				return i;
			}
		}
		throw new AssertionError(kind + " " + code + " not in the notice's items");
	}

	private static WorkItem item(String number, Integer remaining, WorkItem.DeadlineColour colour, String claimedBy) {
		return new WorkItem(number, MATTER, LocalizedText.of("食品经营许可", "Food Business Licence"), "D市味之源餐饮管理有限公司",
				CaseStep.ACCEPTANCE, "SCJGJ", RECEIVED, RECEIVED, claimedBy, false, LocalDate.of(2026, 11, 30),
				CaseClock.CountedFrom.RECEIPT, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4), remaining,
				colour == WorkItem.DeadlineColour.GREY, colour, false, null, null);
	}

	private static WorkItem withGaps(WorkItem item, Gap.State gaps) {
		return new WorkItem(item.number(), item.matterCode(), item.matterName(), item.applicantName(), item.step(),
				item.departmentCode(), item.receivedAt(), item.stepStartedAt(), item.claimedBy(), item.claimedByMe(),
				item.limitsCountFrom(), item.countedFrom(), item.dueOn(), item.caseDueOn(), item.remainingDays(),
				item.paused(), item.colour(), item.provisional(), item.taskId(), gaps);
	}

	private CaseView view(Set<CaseAction> actions, List<CorrectionItem> correction) {
		return view(actions, correction, List.of(), List.of(new CaseView.HistoryEntry(RECEIVED, "张敏", "WINDOW_CLERK",
				"SCJGJ", "ACCEPTANCE", "WRITE", "材料齐全", null)));
	}

	private CaseView view(Set<CaseAction> actions, List<CorrectionItem> correction, List<CorrectionItem> unchanged,
			List<CaseView.HistoryEntry> history) {
		var receipt = new Receipt(NUMBER, "7KQ3M9AB", RECEIVED, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4));
		var answers = new FormAnswers(Map.of("premisesAddress", List.of("D市中山区人民路88号")));
		var application = new Application(UUID.randomUUID(), UUID.randomUUID(), AccountKind.LEGAL_PERSON, MATTER,
				version.version(), version.version(), version.name(), "SCJGJ", ApplicationStatus.SUBMITTED, answers,
				Map.of(), Optional.of(receipt), null, RECEIVED, RECEIVED, 3,
				List.of(new AttachedMaterial(MATERIAL, "M04", LocalizedText.of("平面图", "Floor plan"), null,
						"floor-plan.pdf", "PDF", 2048, null, RECEIVED, false)),
				List.of(), List.of(new CaseMessage("APPLICANT", null, "请问何时受理？", RECEIVED)),
				List.of(new CaseDocument(UUID.randomUUID(), "ACCEPTANCE_NOTICE", "受理通知书.pdf", RECEIVED)),
				Optional.empty(), Channel.ONLINE, null);
		var clock = new CaseClock(UUID.randomUUID(), NUMBER, RECEIVED, LocalDate.of(2026, 11, 30), null, 10, 5, false,
				LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 11), 1, 4,
				List.of(new CaseClock.Pause(PauseReason.CORRECTION, "补正", RECEIVED, RECEIVED.plusSeconds(3600))), null,
				List.of(new CaseClock.StepClock("ACCEPTANCE", 5, RECEIVED, LocalDate.of(2026, 12, 4), null)), null,
				RECEIVED, false);
		return new CaseView(UUID.randomUUID(), NUMBER, application, "ACCEPTANCE", null, false, actions,
				List.of("ACCEPTANCE"), history, clock, null, correction, unchanged, "approval-with-inspection:1", null,
				List.of(), null, List.of());
	}

}
