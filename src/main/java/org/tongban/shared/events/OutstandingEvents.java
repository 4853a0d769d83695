package org.tongban.shared.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nothing acknowledged is lost (R14): an event between modules is stored with its commit
 * (e.g. ApplicationSubmitted, which opens the case), and stays incomplete until its
 * listener succeeds. A listener that failed (the database went away under it, the node
 * was killed) is handed the event again here, every minute, once the event is older than
 * {@code tongban.events.resubmit-after}, on every node and without a restart. Listeners
 * are written to be run again (each checks what it has done already), so one handed the
 * same event by two nodes does the work once.
 */
@Component
class OutstandingEvents {

	private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);

	private final IncompleteEventPublications incomplete;

	private final Duration resubmitAfter;

	OutstandingEvents(IncompleteEventPublications incomplete,
			@Value("${tongban.events.resubmit-after:1m}") Duration resubmitAfter) {
		this.incomplete = incomplete;
		this.resubmitAfter = resubmitAfter;
	}

	@Scheduled(fixedDelayString = "${tongban.events.resubmit-every:1m}",
			initialDelayString = "${tongban.events.resubmit-every:1m}")
	void resubmit() {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
		}
		catch (RuntimeException ex) {
			// The database may still be away: the next round tries again.
			log.warn("Could not resubmit incomplete event publications: {}", ex.getMessage());
		}
	}

}
