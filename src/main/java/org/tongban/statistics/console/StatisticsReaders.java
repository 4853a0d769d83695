package org.tongban.statistics.console;

import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.shared.audit.Audit;

/**
 * Who reads the statistics, the console's and the API's alike (R11.3): a supervisor every
 * department, a department leader (approver) their own; and the record of each read that
 * leaves the console, an export or an API call, with its scope.
 */
@Component
class StatisticsReaders {

	private final Audit audit;

	StatisticsReaders(Audit audit) {
		this.audit = audit;
	}

	/** The departments a department leader may see; null for a supervisor (all). */
	static SortedSet<String> own(Actor actor) {
		if (actor.has(Role.SUPERVISOR)) {
			return null;
		}
		SortedSet<String> led = new TreeSet<>();
		actor.roles().stream().filter(held -> held.role() == Role.APPROVER).forEach(held -> led.add(held.department()));
		return led;
	}

	/**
	 * Records that the actor took a table (or {@code all}) away in a format.
	 * @param action {@code statistics.export} or {@code statistics.read}
	 */
	void read(Actor actor, String action, String table, String format, Filter filter) {
		audit.succeeded(actor.audited(), action, "statistics", table,
				format + " " + filter.scope().from() + ".." + filter.scope().to() + " " + filter.grain()
						+ (filter.scope().department() == null ? "" : " department=" + filter.scope().department())
						+ (filter.scope().matter() == null ? "" : " matter=" + filter.scope().matter()));
	}

}
