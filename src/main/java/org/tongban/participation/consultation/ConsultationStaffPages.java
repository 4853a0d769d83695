package org.tongban.participation.consultation;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;

/**
 * The department's side of consultation (R10.3), {@code /staff/questions}: the questions
 * of its matters with their last day to answer, overdue ones marked; one question with
 * the answer form, and, once answered, the form that publishes it, edited, to the
 * matter's FAQ; the FAQ entries, to order and withdraw. Another department's question is
 * not found.
 */
@Controller
class ConsultationStaffPages {

	private static final String PAGE = "participation/staff-question";

	private final Consultations consultations;

	private final MessageSource messages;

	ConsultationStaffPages(Consultations consultations, MessageSource messages) {
		this.consultations = consultations;
		this.messages = messages;
	}

	@GetMapping("/staff/questions")
	String queue(@AuthenticationPrincipal Actor staff, Model model) {
		model.addAttribute("questions", consultations.queue(staff));
		model.addAttribute("entries", consultations.entries(staff));
		model.addAttribute("today", consultations.today());
		return "participation/staff-questions";
	}

	@GetMapping("/staff/questions/{id}")
	String open(@PathVariable UUID id, @AuthenticationPrincipal Actor staff, Model model) {
		Question question = consultations.forStaff(staff, id);
		model.addAttribute("question", question);
		model.addAttribute("today", consultations.today());
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", new AnswerForm());
		}
		if (!model.containsAttribute("publishForm")) {
			var publish = new PublishForm();
			publish.setQuestion(question.question());
			publish.setAnswer(question.answer());
			model.addAttribute("publishForm", publish);
		}
		return PAGE;
	}

	@PostMapping("/staff/questions/{id}/answer")
	String answer(@PathVariable UUID id, @ModelAttribute("answerForm") AnswerForm form, BindingResult errors,
			@AuthenticationPrincipal Actor staff, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		try {
			consultations.answer(staff, id, form.getAnswer());
		}
		catch (InvalidParameterException invalid) {
			return refused(invalid, errors, id, staff, model, response, locale);
		}
		catch (RefusedException refused) {
			return refused(refused, id, locale, redirect);
		}
		redirect.addFlashAttribute("done", "consultation.staff.answered");
		return "redirect:/staff/questions/" + id;
	}

	@PostMapping("/staff/questions/{id}/publish")
	String publish(@PathVariable UUID id, @ModelAttribute("publishForm") PublishForm form, BindingResult errors,
			@AuthenticationPrincipal Actor staff, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		try {
			consultations.publish(staff, id, form.getQuestion(), form.getAnswer());
		}
		catch (InvalidParameterException invalid) {
			return refused(invalid, errors, id, staff, model, response, locale);
		}
		catch (RefusedException refused) {
			return refused(refused, id, locale, redirect);
		}
		redirect.addFlashAttribute("done", "consultation.staff.published");
		return "redirect:/staff/questions/" + id;
	}

	@PostMapping("/staff/faq/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal Actor staff) {
		consultations.withdraw(staff, id);
		return "redirect:/staff/questions#faq";
	}

	@PostMapping("/staff/faq/{id}/up")
	String up(@PathVariable UUID id, @AuthenticationPrincipal Actor staff) {
		consultations.moveUp(staff, id);
		return "redirect:/staff/questions#faq";
	}

	private String refused(InvalidParameterException invalid, BindingResult errors, UUID id, Actor staff, Model model,
			HttpServletResponse response, Locale locale) {
		errors.rejectValue(invalid.parameter(), invalid.messageCode(), LocalizedText.in(locale, invalid.messageArgs()),
				invalid.messageCode());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return open(id, staff, model);
	}

	private String refused(RefusedException refused, UUID id, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refused", messages.getMessage(refused.messageCode(),
				LocalizedText.in(locale, refused.messageArgs()), refused.messageCode(), locale));
		return "redirect:/staff/questions/" + id;
	}

	/** What the answer form posts. */
	public static class AnswerForm {

		private String answer;

		public String getAnswer() {
			return answer;
		}

		public void setAnswer(String answer) {
			this.answer = answer;
		}

	}

	/**
	 * What the publication form posts: the question and answer as edited for everybody.
	 */
	public static class PublishForm {

		private String question;

		private String answer;

		public String getQuestion() {
			return question;
		}

		public void setQuestion(String question) {
			this.question = question;
		}

		public String getAnswer() {
			return answer;
		}

		public void setAnswer(String answer) {
			this.answer = answer;
		}

	}

}
