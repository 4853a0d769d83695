package org.tongban.shared.events;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener that fails as often as it is told to before it does its work, as a listener
 * does while the database is away; it does the work of an event once however often it is
 * handed it.
 */
@Component
class FlakyListener {

	record Happened(UUID id) {
	}

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final AtomicInteger attempts = new AtomicInteger();

	private final Set<UUID> done = ConcurrentHashMap.newKeySet();

	void failNext(int times) {
		failuresLeft.set(times);
	}

	int attempts() {
		return attempts.get();
	}

	boolean hasDone(UUID id) {
		return done.contains(id);
	}

	@ApplicationModuleListener
	void on(Happened event) {
		attempts.incrementAndGet();
		if (failuresLeft.getAndDecrement() > 0) {
			throw new IllegalStateException("The database is away");
		}
		done.add(event.id());
	}

}
