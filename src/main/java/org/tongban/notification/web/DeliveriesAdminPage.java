package org.tongban.notification.web;

import java.util.UUID;

import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.notification.outbox.Outbox;
import org.tongban.shared.audit.Audit;

/**
 * The system administrator's view of the deliveries not yet made (R6.2): waiting for a
 * retry or given up, with channel, masked address, kind of notice, attempts and the last
 * error, never what the message says; and a button to have one tried again now. System
 * administrators only (the identity module's access rules).
 */
@Controller
@RequestMapping("/admin/notifications")
class DeliveriesAdminPage {

	private final Outbox outbox;

	private static final String RETRY = "delivery.retry";

	private static final String DELIVERY = "delivery";

	private final Audit audit;

	/** The retry and its audit record commit together. */
	private final TransactionTemplate transactions;

	DeliveriesAdminPage(Outbox outbox, Audit audit, TransactionTemplate transactions) {
		this.outbox = outbox;
		this.audit = audit;
		this.transactions = transactions;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("deliveries", outbox.unsent());
		model.addAttribute("total", outbox.countUnsent());
		return "notification/admin";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			transactions.executeWithoutResult(status -> {
				outbox.retry(id);
				audit.succeeded(audit.currentActor(), RETRY, DELIVERY, id, null);
			});
		}
		catch (RuntimeException refused) {
			audit.failed(audit.currentActor(), RETRY, DELIVERY, id, Audit.reason(refused));
			throw refused;
		}
		redirect.addFlashAttribute("done", "notification.admin.retried");
		return "redirect:/admin/notifications";
	}

}
