package org.tongban.approval.internal;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.application.CaseStep;
import org.tongban.approval.SpecialPeriodKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.shared.LocalizedText;

/**
 * The names the case work puts into views, refusals and notices: of staff, of steps, of
 * special periods.
 */
@Component
class CaseNames {

	private final Accounts accounts;

	private final MessageSource messages;

	CaseNames(Accounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/**
	 * The name of the member of staff a task is assigned to; the id itself for an account
	 * that is gone.
	 */
	String person(String accountId) {
		return accounts.actor(UUID.fromString(accountId)).map(Actor::name).orElse(accountId);
	}

	/**
	 * The step's name as a message argument, put in the reader's language with the
	 * message.
	 */
	LocalizedText step(CaseStep step) {
		String key = "approval.step." + step;
		return LocalizedText.of(messages.getMessage(key, null, step.name(), Locale.CHINA),
				messages.getMessage(key, null, step.name(), Locale.ENGLISH));
	}

	/**
	 * Which time limit a deadline warning is about (R8.3): a step's (审查时限), or the case's
	 * (办理时限) for a null step; as a message argument.
	 */
	LocalizedText limit(String step) {
		if (step == null) {
			return LocalizedText.of(messages.getMessage("approval.warning.caseLimit", null, Locale.CHINA),
					messages.getMessage("approval.warning.caseLimit", null, Locale.ENGLISH));
		}
		LocalizedText name = java.util.Arrays.stream(CaseStep.values())
			.filter(known -> known.name().equals(step))
			.findFirst()
			.map(this::step)
			.orElse(LocalizedText.of(step, step));
		return LocalizedText.of(
				messages.getMessage("approval.warning.stepLimit", new Object[] { name.zh() }, Locale.CHINA),
				messages.getMessage("approval.warning.stepLimit", new Object[] { name.en() }, Locale.ENGLISH));
	}

	/** A special period's kind as the applicant's notices name it, in Chinese. */
	String kind(SpecialPeriodKind kind) {
		return messages.getMessage("approval.specialPeriod." + kind, null, Locale.CHINA);
	}

}
