package org.tongban.approval;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tongban.application.Application;
import org.tongban.application.Applications;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.Paging;

/**
 * Cases to work on: applications submitted by fresh enterprises, worked on by fresh staff. The process of a case
 * starts after the submission commits (the event is delivered asynchronously), so tests wait for it. A bean of every
 * test context of the whole platform.
 */
@Component
final class CaseFixtures {

	static final String SCJGJ = "SCJGJ";

	/** 一般食品备案 of SCJGJ: process approval-standard, a short form and no materials. */
	static final String STANDARD_MATTER = "SCJGJ-YBZSPBA";

	/** The whole of a work queue in one page, for tests that look for a case in it. */
	static final Paging WHOLE_QUEUE = new Paging(1, CaseWork.QUEUE_LIMIT);

	private final Applications applications;

	private final TestAccounts accounts;

	private final CaseWork work;

	private final FoodLicenceApplications food;

	CaseFixtures(Applications applications, Accounts accounts, CaseWork work) {
		this.applications = applications;
		this.accounts = new TestAccounts(accounts);
		this.work = work;
		this.food = new FoodLicenceApplications(applications, this.accounts);
	}

	Actor staff(Role role, String department) {
		return accounts.staff(TestAccounts.accountName(), DepartmentRole.of(role, department));
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

	/** A food business licence application (approval-with-inspection), waiting for acceptance. */
	Submitted foodLicence() {
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);
		return submitted(restaurant, draft);
	}

	/** An application of {@link #STANDARD_MATTER} (approval-standard), waiting for acceptance. */
	Submitted standard() {
		Restaurant restaurant = food.restaurant();
		Application draft = applications.start(restaurant.enterprise(), STANDARD_MATTER);
		applications.save(restaurant.enterprise(), draft.id(),
				Map.of("mobile", List.of(restaurant.agent().mobile().value()), "premisesAddress",
						List.of("D市中山区人民路88号"), "coldChain", List.of("NO")));
		return submitted(restaurant, draft);
	}

	private Submitted submitted(Restaurant restaurant, Application draft) {
		String number = applications.submit(restaurant.enterprise(), draft.id(), UUID.randomUUID().toString())
			.number();
		awaitStep(number, "ACCEPTANCE");
		return new Submitted(restaurant.enterprise(), number, draft.id(), restaurant.creditCode().value());
	}

	/** Waits until the case is at a step, as its department's approver (who may see every case of it) sees it. */
	CaseView awaitStep(String number, String step) {
		Actor observer = staff(Role.APPROVER, SCJGJ);
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.ignoreExceptions()
			.until(() -> work.open(observer, number), view -> view.step().equals(step));
	}

	/** @param logInName what the applicant logs in with (the enterprise's credit code) */
	record Submitted(Actor applicant, String number, UUID id, String logInName) {
	}

}
