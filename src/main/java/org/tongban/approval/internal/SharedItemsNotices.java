package org.tongban.approval.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.application.SharedItemsCorrected;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.StaffContact;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.Notifications;
import org.tongban.notification.Recipient;

/**
 * A correction on one member of a bundle touched a field or material other members use
 * (R16.4): each of their open cases records, as the platform, which items were corrected
 * through which member, and whoever handles it is told, as of a deadline warning. The
 * cases keep their step, their clocks and every opinion given: nothing is redone unless
 * their handlers decide so.
 */
@Component
class SharedItemsNotices {

	static final String ACTION = "SHARED_ITEMS_CORRECTED";

	private static final Logger log = LoggerFactory.getLogger(SharedItemsNotices.class);

	private final CaseStore store;

	private final CaseProgress progress;

	private final TaskHandlers handlers;

	private final Notifications notifications;

	private final MatterCatalog catalog;

	private final MessageSource messages;

	SharedItemsNotices(CaseStore store, CaseProgress progress, TaskHandlers handlers, Notifications notifications,
			MatterCatalog catalog, MessageSource messages) {
		this.store = store;
		this.progress = progress;
		this.handlers = handlers;
		this.notifications = notifications;
		this.catalog = catalog;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(SharedItemsCorrected corrected) {
		for (UUID affected : corrected.affectedApplicationIds()) {
			CaseRecord record = store.find(affected).filter(CaseRecord::isOpen).orElse(null);
			if (record == null) {
				log.info("Shared items corrected through {}: case {} is not open", corrected.correctedNumber(),
						affected);
				continue;
			}
			// Named as this case's own matter version names them.
			MatterVersion version = catalog.guide(record.matterCode(), record.matterVersion()).version();
			String items = corrected.items()
				.stream()
				.map(item -> item.nameIn(version).in(Locale.CHINA))
				.collect(Collectors.joining("、"));
			String note = messages.getMessage("approval.bundle.sharedItems",
					new Object[] { corrected.correctedNumber(), items }, Locale.CHINA);
			// A redelivered event records and tells once.
			if (progress.history(affected)
				.stream()
				.anyMatch(entry -> ACTION.equals(entry.action()) && note.equals(entry.opinion())
						&& !entry.at().isBefore(corrected.correctedAt()))) {
				continue;
			}
			progress.record(record, null, messages.getMessage("approval.actor.system", null, Locale.CHINA), null,
					ACTION, note, null);
			CaseNotice notice = CaseNotice.sharedItemsCorrected(record.number(), record.matterName(),
					corrected.correctedNumber(), items);
			Map<UUID, StaffContact> told = new LinkedHashMap<>();
			handlers.handling(record, null).forEach(person -> told.putIfAbsent(person.id(), person));
			told.values()
				.forEach(person -> notifications.tell(new Recipient(person.id(), person.mobile(), Locale.CHINA),
						notice));
			log.info("Shared items corrected through {}: case {} told {} handlers", corrected.correctedNumber(),
					record.number(), told.size());
		}
	}

}
