package org.tongban.participation.feedback;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;

/**
 * The department's side of feedback (R10.1): the queue of its reviewers and approvers at
 * {@code /staff/feedback} and the answer form ({@link Feedbacks} checks the roles and the
 * department), and the supervision office's list of overdue answers at
 * {@code /supervision/feedback} (R8.3).
 */
@Controller
class StaffFeedbackPages {

	static final String QUEUE = "/staff/feedback";

	/** The supervision office's list of what is answered late. */
	static final String OVERDUE = "/supervision/feedback";

	private final Feedbacks feedbacks;

	private final MatterCatalog catalog;

	StaffFeedbackPages(Feedbacks feedbacks, MatterCatalog catalog) {
		this.feedbacks = feedbacks;
		this.catalog = catalog;
	}

	/** The answer of the department. */
	public static class AnswerForm {

		private String answer;

		public String getAnswer() {
			return answer;
		}

		public void setAnswer(String answer) {
			this.answer = answer;
		}

	}

	@GetMapping(QUEUE)
	String queue(@AuthenticationPrincipal Actor staff, Model model) {
		model.addAttribute("feedbacks", feedbacks.queue(staff));
		model.addAttribute("departments", departmentNames());
		model.addAttribute("supervisor", false);
		return "participation/feedback/queue";
	}

	@GetMapping(QUEUE + "/{number}")
	String feedback(@AuthenticationPrincipal Actor staff, @PathVariable String number,
			@ModelAttribute("entry") AnswerForm form, Model model) {
		return show(feedbacks.forStaff(staff, number), model);
	}

	@PostMapping(QUEUE + "/{number}/answer")
	String answer(@AuthenticationPrincipal Actor staff, @PathVariable String number,
			@ModelAttribute("entry") AnswerForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			feedbacks.answer(staff, number, form.getAnswer());
		}
		catch (InvalidParameterException refused) {
			errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			return show(feedbacks.forStaff(staff, number), model);
		}
		redirect.addFlashAttribute("done", "feedback.staff.answered");
		return "redirect:" + QUEUE + "/" + number;
	}

	@GetMapping(OVERDUE)
	String overdue(@AuthenticationPrincipal Actor supervisor, Model model) {
		model.addAttribute("feedbacks", feedbacks.overdue(supervisor));
		model.addAttribute("departments", departmentNames());
		model.addAttribute("supervisor", true);
		return "participation/feedback/queue";
	}

	private String show(Feedback feedback, Model model) {
		model.addAttribute("feedback", feedback);
		model.addAttribute("department", catalog.department(feedback.departmentCode()));
		model.addAttribute("maxText", Feedbacks.MAX_TEXT);
		return "participation/feedback/answer";
	}

	private Map<String, LocalizedText> departmentNames() {
		return catalog.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
	}

}
