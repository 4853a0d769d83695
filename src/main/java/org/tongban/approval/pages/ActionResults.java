package org.tongban.approval.pages;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseWork;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;

/**
 * How an action on a case ends on the pages: back to the case page with a banner that
 * says what was done ("已受理") or why it was refused (409: not this step, not claimed, not
 * this role), never an error page for a refusal that the member of staff can read and act
 * on.
 */
@Component
class ActionResults {

	private final MessageSource messages;

	ActionResults(MessageSource messages) {
		this.messages = messages;
	}

	String perform(String number, CaseAction action, RedirectAttributes redirect, Locale locale, Runnable doing) {
		try {
			doing.run();
			redirect.addFlashAttribute("done", action);
		}
		catch (RefusedException refused) {
			redirect.addFlashAttribute("refused", message(refused, locale));
		}
		return casePage(number);
	}

	String message(RefusedException refused, Locale locale) {
		return messages.getMessage(refused.messageCode(), LocalizedText.in(locale, refused.messageArgs()),
				refused.messageCode(), locale);
	}

	/**
	 * The work on the task a page names, where several open tasks of a case are the
	 * viewer's; blank names none.
	 */
	static CaseWork onTask(CaseWork work, String task) {
		return task == null || task.isBlank() ? work : work.onTask(task.strip());
	}

	static String casePage(String number) {
		return "redirect:/staff/cases/" + number;
	}

}
