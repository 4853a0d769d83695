package org.tongban.notification.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.Recipient;
import org.tongban.shared.LocalizedText;

/**
 * Writes a case notice into the outbox (R6.2) in the recipient's language, from the
 * templates {@code notification.case.<KIND>.inApp}, {@code .sms}, {@code .email.subject}
 * and {@code .email.body}: the in-app message always, an SMS if the recipient has a
 * mobile number, an e-mail if the account gave an address. The texts are written now, so
 * that a later change of a template or of the matter's name does not change what was
 * told.
 */
@Component
public class CaseNotices {

	private final MessageSource messages;

	private final OutboxStore store;

	private final Contacts contacts;

	private final OutboxDeliverer deliverer;

	private final NotificationProperties properties;

	private final Clock clock;

	CaseNotices(MessageSource messages, OutboxStore store, Contacts contacts, OutboxDeliverer deliverer,
			NotificationProperties properties, Clock clock) {
		this.messages = messages;
		this.store = store;
		this.contacts = contacts;
		this.deliverer = deliverer;
		this.properties = properties;
		this.clock = clock;
	}

	/** In the caller's transaction; nothing leaves the platform before it commits. */
	@Transactional
	public void tell(Recipient recipient, CaseNotice notice) {
		Locale locale = locale(recipient);
		Object[] arguments = LocalizedText.in(locale, notice.arguments().toArray());
		String template = template(notice);
		String kind = notice.kind().name();
		Instant now = clock.instant();

		store.add(recipient.accountId(), kind, new Letter(OutboxChannel.IN_APP, null, null, null,
				text(template + ".inApp", locale, arguments), notice.link()), now);
		if (recipient.mobile() != null) {
			addSms(recipient, notice, now);
		}
		contacts.email(recipient.accountId()).ifPresent(email -> {
			String link = notice.link() == null ? ""
					: text("notification.case.email.link", locale, properties.link(notice.link())) + "\n\n";
			String body = text(template + ".email.body", locale, arguments) + "\n\n" + link
					+ text("notification.email.footer", locale);
			store.add(recipient.accountId(), kind, new Letter(OutboxChannel.EMAIL, email.value(), email.masked(),
					text(template + ".email.subject", locale, arguments), body, notice.link()), now);
		});
		deliverer.deliverAfterCommit();
	}

	/**
	 * Tells by SMS only, at a further number of the recipient (R6.2); delivered after the
	 * caller's commit.
	 */
	public void tellBySms(Recipient recipient, CaseNotice notice) {
		addSms(recipient, notice, clock.instant());
		deliverer.deliverAfterCommit();
	}

	private void addSms(Recipient recipient, CaseNotice notice, Instant now) {
		Locale locale = locale(recipient);
		Object[] arguments = LocalizedText.in(locale, notice.arguments().toArray());
		String sms = text("notification.sms.signature", locale) + text(template(notice) + ".sms", locale, arguments);
		store.add(recipient.accountId(), notice.kind().name(), new Letter(OutboxChannel.SMS, recipient.mobile().value(),
				recipient.mobile().masked(), null, sms, notice.link()), now);
	}

	private static Locale locale(Recipient recipient) {
		return recipient.locale() != null ? recipient.locale() : Locale.SIMPLIFIED_CHINESE;
	}

	private static String template(CaseNotice notice) {
		return "notification.case." + notice.kind().name();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
