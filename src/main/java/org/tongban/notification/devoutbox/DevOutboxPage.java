package org.tongban.notification.devoutbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongban.shared.InvalidParameterException;

/**
 * {@code /dev/outbox}: the messages of the development outbox for testers, newest first,
 * to the recipient and of the channel asked for with a plain GET form; without a
 * recipient, the form alone asks for one. Refused parameters are shown next to their
 * fields, with the status of a bad request. Only for callers on the platform's own
 * machine ({@link LoopbackCallers}).
 */
@Controller
@Profile("demo")
class DevOutboxPage {

	private final DevOutbox outbox;

	DevOutboxPage(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/dev/outbox")
	String outbox(@ModelAttribute("outbox") OutboxForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		LoopbackCallers.require(request);
		if (!errors.hasErrors() && form.getRecipient() != null) {
			try {
				model.addAttribute("messages", outbox.page(form.filter(), form.pageNumber()));
			}
			catch (InvalidParameterException refused) {
				errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return "notification/outbox";
	}

}
