package org.tongban.approval;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;
import org.tongban.application.Application;
import org.tongban.application.Drafts;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.Submissions;
import org.tongban.catalog.MaterialForm;
import org.tongban.catalog.Matter;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.Paging;

/**
 * Cases to work on: applications submitted by fresh enterprises, worked on by fresh
 * staff. The process of a case starts after the submission commits (the event is
 * delivered asynchronously), so tests wait for it. A bean of every test context of the
 * whole platform.
 */
@Component
public final class CaseFixtures {

	static final String SCJGJ = "SCJGJ";

	/** 科技局, the department of the matters made by {@link #matter(String, boolean)}. */
	static final String TEST_DEPARTMENT = "KJJ";

	/** 一般食品备案 of SCJGJ: process approval-standard, a short form and no materials. */
	static final String STANDARD_MATTER = "SCJGJ-YBZSPBA";

	/** The whole of a work queue in one page, for tests that look for a case in it. */
	static final Paging WHOLE_QUEUE = new Paging(1, CaseWork.QUEUE_LIMIT);

	private final Drafts drafts;

	private final Submissions submissions;

	private final TestAccounts accounts;

	private final CaseWork work;

	private final FoodLicenceApplications food;

	private final MatterCatalog catalog;

	private final JdbcAggregateTemplate aggregates;

	CaseFixtures(Drafts drafts, Submissions submissions, FoodLicenceApplications food, Accounts accounts, CaseWork work,
			MatterCatalog catalog, JdbcAggregateTemplate aggregates) {
		this.drafts = drafts;
		this.submissions = submissions;
		this.accounts = new TestAccounts(accounts);
		this.work = work;
		this.catalog = catalog;
		this.aggregates = aggregates;
		this.food = food;
	}

	Actor staff(Role role, String department) {
		return accounts.staff(TestAccounts.accountName(), DepartmentRole.of(role, department));
	}

	/**
	 * One person holding several roles of a department, as an administrator could once
	 * grant themselves.
	 */
	Actor staff(String department, Role... roles) {
		return accounts.staff(TestAccounts.accountName(),
				Arrays.stream(roles).map(role -> DepartmentRole.of(role, department)).toArray(DepartmentRole[]::new));
	}

	Actor clerk() {
		return staff(Role.WINDOW_CLERK, SCJGJ);
	}

	Actor reviewer() {
		return staff(Role.REVIEWER, SCJGJ);
	}

	Actor approver() {
		return staff(Role.APPROVER, SCJGJ);
	}

	FoodLicenceApplications food() {
		return food;
	}

	/**
	 * A food business licence application (approval-with-inspection), waiting for
	 * acceptance.
	 */
	Submitted foodLicence() {
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);
		return submitted(restaurant, draft.id(), SCJGJ);
	}

	/**
	 * An application of {@link #STANDARD_MATTER} (approval-standard), waiting for
	 * acceptance.
	 */
	public Submitted standard() {
		return standard(STANDARD_MATTER, SCJGJ);
	}

	/**
	 * A fresh matter of {@link #TEST_DEPARTMENT} with the form of
	 * {@link #STANDARD_MATTER} on approval-with-inspection (初审, 现场核查, 复审), whose version
	 * keeps the two reviewers apart or not (R12.7). A department of its own, whose
	 * matters no catalogue test counts.
	 */
	String inspectedMatter(boolean separateReviewers) {
		return matter("approval-with-inspection", separateReviewers);
	}

	/**
	 * A fresh matter of {@link #TEST_DEPARTMENT} with the form of
	 * {@link #STANDARD_MATTER} whose cases run on the process of {@code processKey}.
	 */
	String matter(String processKey, boolean separateReviewers) {
		return matter(processKey, separateReviewers, null, null);
	}

	/**
	 * A fresh matter as {@link #matter(String, boolean)} whose version warns of deadlines
	 * so many working days ahead (R8.3), null for the platform's defaults.
	 */
	String matter(String processKey, boolean separateReviewers, Integer caseYellowDays, Integer stepYellowDays) {
		MatterVersion v = catalog.guide(STANDARD_MATTER).version();
		return matter(processKey, separateReviewers, caseYellowDays, stepYellowDays, v.committedLimitDays(),
				v.materials());
	}

	/**
	 * A fresh matter as {@link #matter(String, boolean)} on approval-standard, promising
	 * a decision within so many working days, with two materials to upload: a core one,
	 * {@code M01}, and {@code M02}, which may follow an acceptance with gaps (容缺, R4.3,
	 * R15.6).
	 */
	String matterWithGaps(int committedLimitDays) {
		var core = new MatterVersion.Material("M01", LocalizedText.of("营业执照", "Business licence"), null, true, null,
				MaterialForm.ELECTRONIC, 1, null, null, null, false);
		var mayFollow = new MatterVersion.Material("M02", LocalizedText.of("经营场所平面图", "Site plan"), null, true, null,
				MaterialForm.ELECTRONIC, 1, null, null, null, true);
		return matter("approval-standard", false, null, null, committedLimitDays, List.of(core, mayFollow));
	}

	private String matter(String processKey, boolean separateReviewers, Integer caseYellowDays, Integer stepYellowDays,
			int committedLimitDays, List<MatterVersion.Material> materials) {
		MatterGuide standard = catalog.guide(STANDARD_MATTER);
		Matter model = standard.matter();
		String code = TEST_DEPARTMENT + "-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		aggregates.insert(new Matter(code, TEST_DEPARTMENT, model.kind(), model.servesPersons(),
				model.servesEnterprises(), Set.of()));
		MatterVersion v = standard.version();
		aggregates.insert(new MatterVersion(null, code, 1, v.effectiveFrom(),
				LocalizedText.of("职责分离测试事项", "Separation of duties test matter"), v.summary(), v.conditions(),
				v.standards(), Math.max(v.statutoryLimitDays(), committedLimitDays), committedLimitDays,
				v.informedCommitment(), v.automaticApproval(), v.deliveryMethods(), v.serviceLocation(),
				v.servicePhone(), v.serviceHours(), v.maxVisits(), processKey, separateReviewers, caseYellowDays,
				stepYellowDays, v.category(), v.postVerificationDays(), v.automaticRules(), v.eligibilityRules(),
				v.licence(), v.form(), v.legalBases(), materials, v.steps(), v.fees(), v.faqs()));
		return code;
	}

	/**
	 * An application of a matter with the form of {@link #STANDARD_MATTER}, waiting for
	 * acceptance.
	 * @param materialsGiven the codes of the materials the applicant uploads, a PDF each
	 */
	Submitted standard(String matterCode, String department, String... materialsGiven) {
		Draft draft = draft(matterCode);
		for (String material : materialsGiven) {
			food.attachPdf(draft.applicant(), draft.id(), material, material + ".pdf");
		}
		return submitted(draft.restaurant(), draft.id(), department);
	}

	/**
	 * A complete draft of {@link #STANDARD_MATTER} of a fresh enterprise, for the
	 * applicant to do more on before {@link #submit}.
	 */
	Draft standardDraft() {
		return draft(STANDARD_MATTER);
	}

	/** Submits a draft of {@link #standardDraft()}, waiting for acceptance. */
	Submitted submit(Draft draft) {
		return submitted(draft.restaurant(), draft.id(), SCJGJ);
	}

	private Draft draft(String matterCode) {
		Restaurant restaurant = food.restaurant();
		Application draft = drafts.start(restaurant.enterprise(), matterCode);
		drafts.save(restaurant.enterprise(), draft.id(), Map.of("mobile", List.of(restaurant.agent().mobile().value()),
				"premisesAddress", List.of("D市中山区人民路88号"), "coldChain", List.of("NO")));
		return new Draft(restaurant, draft.id());
	}

	private Submitted submitted(Restaurant restaurant, UUID draftId, String department) {
		String number = submissions.submit(restaurant.enterprise(), draftId, UUID.randomUUID().toString()).number();
		awaitStep(number, "ACCEPTANCE", department);
		return new Submitted(restaurant.enterprise(), number, draftId, restaurant.creditCode().value());
	}

	/**
	 * Waits until the case is at a step, as its department's approver (who may see every
	 * case of it) sees it.
	 */
	CaseView awaitStep(String number, String step) {
		return awaitStep(number, step, SCJGJ);
	}

	/**
	 * Takes a case of the standard process from acceptance to its decision, each step by
	 * its department's own staff: accepted by its clerk, reviewed by its reviewer,
	 * decided by its approver.
	 */
	public CaseView decideFromAcceptance(String number, String department, Decision decision) {
		awaitStep(number, "ACCEPTANCE", department);
		work.accept(staff(Role.WINDOW_CLERK, department), number, null);
		work.review(staff(Role.REVIEWER, department), number, ReviewOutcome.APPROVE, "符合条件。");
		return work.decide(staff(Role.APPROVER, department), number, decision,
				decision == Decision.GRANT ? "符合条件，准予。" : "经营范围涉及前置审批，未取得批准文件。", "《中华人民共和国行政许可法》第三十八条");
	}

	public CaseView awaitStep(String number, String step, String department) {
		Actor observer = staff(Role.APPROVER, department);
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.ignoreExceptions()
			.until(() -> work.open(observer, number), view -> view.step().equals(step));
	}

	/**
	 * @param logInName what the applicant logs in with (the enterprise's credit code)
	 */
	public record Submitted(Actor applicant, String number, UUID id, String logInName) {
	}

	/** A draft not yet submitted, of a fresh enterprise. */
	record Draft(Restaurant restaurant, UUID id) {

		Actor applicant() {
			return restaurant.enterprise();
		}

		/** What the applicant logs in with (the enterprise's credit code). */
		String logInName() {
			return restaurant.creditCode().value();
		}

	}

}
