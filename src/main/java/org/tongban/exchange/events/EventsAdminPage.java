package org.tongban.exchange.events;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The system administrator's view of the events for other departments' systems (R9.4):
 * whether a broker is configured, how many events were sent and how many wait, and the
 * oldest waiting ones with their attempts and last error. Case numbers and codes only, no
 * personal data. System administrators only (the identity module's access rules).
 */
@Controller
@RequestMapping("/admin/events")
class EventsAdminPage {

	/** How many waiting events the page lists, the oldest first. */
	static final int OLDEST = 20;

	private final EventOutbox outbox;

	private final String broker;

	EventsAdminPage(EventOutbox outbox, @Value("${tongban.events.broker:none}") String broker) {
		this.outbox = outbox;
		this.broker = broker;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("brokerOn", "rabbitmq".equals(broker));
		model.addAttribute("pending", outbox.countUnsent());
		model.addAttribute("sent", outbox.countSent());
		model.addAttribute("oldest", outbox.unsent(OLDEST));
		return "exchange/events-admin";
	}

}
