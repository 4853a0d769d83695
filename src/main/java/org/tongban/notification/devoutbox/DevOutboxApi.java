package org.tongban.notification.devoutbox;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The development outbox for test scripts, e.g. the newest code sent to a phone:
 * {@code curl 'http://localhost:8080/api/v1/dev/outbox?recipient=13800138000&limit=1'}.
 * Only on the machine the platform runs on, and one recipient at a time
 * ({@link LoopbackCallers}, {@link OutboxFilter}).
 */
@RestController
@Profile("demo")
@Tag(name = "Development outbox",
		description = "Demo profile only, for callers on the same machine: the SMS and e-mails the platform would have sent to one recipient")
class DevOutboxApi {

	private final DevOutbox outbox;

	DevOutboxApi(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping(path = "/api/v1/dev/outbox", produces = "application/json")
	@Operation(summary = "The newest messages to one recipient, newest first")
	List<OutboxEntry> messages(HttpServletRequest request,
			@Parameter(description = "Mobile number or e-mail address, written in any usual way") @RequestParam(
					required = false) String recipient,
			@Parameter(description = "SMS or EMAIL") @RequestParam(required = false) Channel channel,
			@Parameter(description = "How many messages, 1 to " + DevOutbox.MAX_LIMIT) @RequestParam(
					defaultValue = "20") int limit) {
		LoopbackCallers.require(request);
		return outbox.latest(OutboxFilter.of(recipient, channel), limit);
	}

}
