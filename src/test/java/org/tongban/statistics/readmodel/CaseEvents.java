package org.tongban.statistics.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationSubmitted;
import org.tongban.application.BundleSubmitted;
import org.tongban.application.Channel;
import org.tongban.approval.CaseAccepted;
import org.tongban.approval.CaseEnded;
import org.tongban.identity.AccountKind;
import org.tongban.participation.CaseRated;
import org.tongban.participation.Satisfaction;
import org.tongban.shared.LocalizedText;
import org.tongban.support.TestClock;

/**
 * The events of cases as their modules publish them, made by hand for the statistics'
 * tests and handed to the statistics' listener alone (the other modules' listeners would
 * look for the cases), each in a transaction of its own as its module publishes it.
 */
public record CaseEvents(StatisticsEvents statistics, TransactionTemplate transactions) {

	static Instant at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(TestClock.CITY).toInstant();
	}

	private void hear(Runnable listener) {
		transactions.executeWithoutResult(status -> listener.run());
	}

	/** A received application; returns its id. */
	public UUID submit(String number, String department, String matter, Channel channel, AccountKind kind, String at,
			int maxVisits, int reused, int uploaded) {
		return submit(UUID.randomUUID(), number, department, matter, channel, kind, at, maxVisits, reused, uploaded);
	}

	/** A received application of this id (a bundle's member). */
	public UUID submit(UUID id, String number, String department, String matter, Channel channel, AccountKind kind,
			String at, int maxVisits, int reused, int uploaded) {
		hear(() -> statistics.on(new ApplicationSubmitted(id, number, UUID.randomUUID(), matter, 1, "standard",
				department, at(at), LocalDate.parse(at.substring(0, 10)).plusDays(1), 20, 20,
				channel == Channel.WINDOW ? UUID.randomUUID() : null,
				LocalizedText.of("事项" + matter, "Matter " + matter), kind, channel, maxVisits, reused, uploaded)));
		return id;
	}

	/** A bundle whose member the next submission of this id is. */
	public UUID bundleMember(String department, String matter, String at) {
		UUID member = UUID.randomUUID();
		hear(() -> statistics.on(new BundleSubmitted(UUID.randomUUID(), "B" + member.toString().substring(0, 8),
				UUID.randomUUID(), "YJS-TEST", department, at(at), LocalDate.parse(at.substring(0, 10)), 45,
				List.of(new BundleSubmitted.Member(member, "M" + member.toString().substring(0, 8), matter, department,
						1)))));
		return member;
	}

	public void accept(UUID id, String number, String at) {
		hear(() -> statistics
			.on(new CaseAccepted(id, number, "ignored", "ignored", LocalDate.parse(at.substring(0, 10)), at(at))));
	}

	public void end(UUID id, String number, ApplicationStatus outcome, String at, boolean byPlatform, String dueOn,
			Integer workingDays) {
		hear(() -> statistics.on(new CaseEnded(id, number, outcome, at(at), byPlatform,
				dueOn == null ? null : LocalDate.parse(dueOn), workingDays)));
	}

	public void rate(String number, String department, String matter, Satisfaction level, String at) {
		hear(() -> statistics.on(new CaseRated(number, matter, department, level, false, at(at))));
	}

}
