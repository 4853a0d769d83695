package org.tongban.notification.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.notification.outbox.InAppMessage;
import org.tongban.notification.outbox.Outbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The applicant's in-app messages for their own programs (R6.2): newest first, at most
 * {@link Outbox#LIMIT}. Reading them here does not mark them read; the page does. The
 * kind is that of {@code CaseNotice.Kind}, the link the page of the application, relative
 * to the platform.
 */
@RestController
@Tag(name = "Notifications", description = "The applicant's in-app messages")
class MyNotificationsApi {

	private final Outbox outbox;

	MyNotificationsApi(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping(path = "/api/v1/my/notifications", produces = "application/json")
	@Operation(summary = "The caller's in-app messages, newest first")
	List<InAppMessage> messages(Authentication authentication) {
		return outbox.messages(MyNotificationsPage.account(authentication));
	}

}
