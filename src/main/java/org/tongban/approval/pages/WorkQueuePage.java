package org.tongban.approval.pages;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.application.CaseStep;
import org.tongban.approval.CaseWork;
import org.tongban.approval.QueueFilter;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterQuery;
import org.tongban.catalog.MatterSummary;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.shared.Paging;

/**
 * The home of a staff log-in, {@code /staff}: the work queue of the tasks the member of
 * staff's departments and roles may take (R5, R8.2), with the deadline of each as colour
 * and word, a filter by step, matter and claim and a choice of order as a plain GET form,
 * and who they are with their roles.
 */
@Controller
class WorkQueuePage {

	/**
	 * The roles that work on cases; the matters of their departments are the ones the
	 * queue can hold.
	 */
	private static final Set<Role> CASE_ROLES = EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER);

	/** Tasks a page: what a clerk works through before filtering or sorting again. */
	static final int PAGE_SIZE = 50;

	private final CaseWork work;

	private final MatterCatalog catalog;

	private final Accounts accounts;

	WorkQueuePage(CaseWork work, MatterCatalog catalog, Accounts accounts) {
		this.work = work;
		this.catalog = catalog;
		this.accounts = accounts;
	}

	@GetMapping("/staff")
	String queue(@AuthenticationPrincipal Actor staff, @ModelAttribute("queueForm") QueueForm form,
			BindingResult errors, @RequestParam(defaultValue = "1") int page, Model model) {
		List<MatterSummary> matters = matters(staff);
		CaseStep step = Optional.ofNullable(choice(form.getStep(), CaseStep.workCodes(), "step", errors))
			.map(CaseStep::valueOf)
			.orElse(null);
		String matter = choice(form.getMatter(), matters.stream().map(MatterSummary::code).toList(), "matter", errors);
		QueueFilter.Claim claim = option(QueueFilter.Claim.class, form.getClaim(), QueueFilter.Claim.ALL, "claim",
				errors);
		QueueFilter.Sort sort = option(QueueFilter.Sort.class, form.getSort(), QueueFilter.Sort.DUE, "sort", errors);
		model.addAttribute("items",
				work.queue(staff, new QueueFilter(step, matter, claim, sort), Paging.of(page, PAGE_SIZE, PAGE_SIZE)));
		model.addAttribute("steps", CaseStep.workCodes());
		model.addAttribute("matters", matters);
		// "All" first: what a form sent without a choice shows as chosen.
		model.addAttribute("claims",
				List.of(QueueFilter.Claim.ALL, QueueFilter.Claim.MINE, QueueFilter.Claim.UNCLAIMED));
		model.addAttribute("sorts", QueueFilter.Sort.values());
		model.addAttribute("profile", accounts.profile(staff.id()));
		return "staff/queue";
	}

	/** The matters of the departments in which the member of staff works on cases. */
	private List<MatterSummary> matters(Actor staff) {
		return staff.roles()
			.stream()
			.filter(held -> CASE_ROLES.contains(held.role()))
			.map(DepartmentRole::department)
			.distinct()
			.flatMap(
					department -> catalog.search(new MatterQuery(null, department, null, null, 1, MatterQuery.MAX_SIZE))
						.items()
						.stream())
			.toList();
	}

	/**
	 * A value the page offers, or null for all; anything else is refused at its field and
	 * the queue shows all.
	 */
	private static String choice(String value, List<String> offered, String field, BindingResult errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (offered.contains(value)) {
			return value;
		}
		errors.rejectValue(field, "staff.queue.notOffered");
		return null;
	}

	private static <E extends Enum<E>> E option(Class<E> type, String value, E fallback, String field,
			BindingResult errors) {
		String chosen = choice(value, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), field, errors);
		return chosen == null ? fallback : Enum.valueOf(type, chosen);
	}

}
