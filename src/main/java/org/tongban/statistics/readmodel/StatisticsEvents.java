package org.tongban.statistics.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.application.ApplicationSubmitted;
import org.tongban.application.BundleSubmitted;
import org.tongban.application.Channel;
import org.tongban.approval.CaseAccepted;
import org.tongban.approval.CaseEnded;
import org.tongban.participation.CaseRated;
import org.tongban.statistics.readmodel.DailyCounts.Key;

/**
 * Keeps the read models up to date with the events of the cases (R11), each in the
 * transaction that published it, so that a count is never lost nor counted for something
 * rolled back. Each count is put on the day it happened (city time), under the matter,
 * department, channel and applicant kind the application was received with.
 */
@Component
public class StatisticsEvents {

	/** The channel of a bundle's members (一件事): one application for several matters. */
	static final String BUNDLE = "BUNDLE";

	/** What a rating of a case the statistics never saw is counted under. */
	static final String UNKNOWN = "UNKNOWN";

	private final JdbcClient jdbc;

	private final DailyCounts counts;

	private final Inserts inserts;

	private final Clock clock;

	StatisticsEvents(JdbcClient jdbc, DailyCounts counts, Inserts inserts, Clock clock) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.counts = counts;
		this.clock = clock;
	}

	@EventListener
	void on(BundleSubmitted bundle) {
		bundle.members()
			.forEach(member -> inserts.ifAbsent("statistics_bundle_member",
					Map.of("application_id", member.applicationId()), List.of("application_id")));
	}

	/**
	 * A received application: counted, with the visits its matter may take and those it
	 * took (one at the window, none online or in a bundle applied for online), and its
	 * materials reused or uploaded.
	 */
	@EventListener
	void on(ApplicationSubmitted submitted) {
		boolean bundled = jdbc.sql("select count(*) from statistics_bundle_member where application_id = :id")
			.param("id", submitted.applicationId())
			.query(Integer.class)
			.single() > 0;
		String channel = bundled ? BUNDLE : submitted.channel().name();
		LocalDate day = day(submitted.receivedAt());
		Map<String, Object> received = new LinkedHashMap<>();
		received.put("case_id", submitted.applicationId());
		received.put("case_number", submitted.number());
		received.put("received_on", day);
		received.put("matter_code", submitted.matterCode());
		received.put("department_code", submitted.departmentCode());
		received.put("channel", channel);
		received.put("applicant_kind", submitted.applicantKind().name());
		if (!inserts.ifAbsent("statistics_case", received, List.of("case_id"))) {
			return;
		}
		if (submitted.matterName() != null) {
			Map<String, Object> matter = new LinkedHashMap<>();
			matter.put("matter_code", submitted.matterCode());
			matter.put("name_zh", submitted.matterName().zh());
			matter.put("name_en", submitted.matterName().en());
			inserts.ifAbsent("statistics_matter", matter, List.of("matter_code"));
		}
		Map<Measure, Integer> added = new EnumMap<>(Measure.class);
		added.put(Measure.SUBMITTED, 1);
		added.put(Measure.VISITS_REQUIRED, submitted.maxVisits());
		added.put(Measure.VISITS_MADE, submitted.channel() == Channel.WINDOW ? 1 : 0);
		added.put(Measure.MATERIALS_REUSED, submitted.materialsReused());
		added.put(Measure.MATERIALS_UPLOADED, submitted.materialsUploaded());
		counts.add(new Key(day, submitted.matterCode(), submitted.departmentCode(), channel,
				submitted.applicantKind().name()), added);
	}

	@EventListener
	void on(CaseAccepted accepted) {
		received(accepted.caseId())
			.ifPresent(key -> counts.add(key.on(day(accepted.at())), Map.of(Measure.ACCEPTED, 1)));
	}

	/**
	 * An ended case: a decision is on time when it is by the clock's due day (or the
	 * clock had none), as supervision's on-time rate counts it (R8.5), and its working
	 * days go to the processing-time distribution.
	 */
	@EventListener
	void on(CaseEnded ended) {
		Optional<Key> received = received(ended.caseId());
		if (received.isEmpty()) {
			return;
		}
		LocalDate day = day(ended.at());
		Map<Measure, Integer> added = new EnumMap<>(Measure.class);
		switch (ended.outcome()) {
			case GRANTED -> added.put(Measure.GRANTED, 1);
			case DENIED -> added.put(Measure.DENIED, 1);
			case REFUSED -> added.put(Measure.REFUSED, 1);
			case WITHDRAWN -> added.put(Measure.WITHDRAWN, 1);
			default -> {
				return;
			}
		}
		if (added.containsKey(Measure.GRANTED) || added.containsKey(Measure.DENIED)) {
			added.put(ended.dueOn() != null && day.isAfter(ended.dueOn()) ? Measure.OVERDUE : Measure.ON_TIME, 1);
			if (ended.byPlatform()) {
				added.put(Measure.AUTOMATIC, 1);
			}
			if (ended.workingDays() != null) {
				added.put(Measure.WORKING_DAYS, ended.workingDays());
				added.put(Measure.bucket(ended.workingDays()), 1);
			}
		}
		counts.add(received.get().on(day), added);
	}

	/** A rating, under the case's matter and department as the rating names them. */
	@EventListener
	void on(CaseRated rated) {
		Key key = jdbc.sql("select channel, applicant_kind from statistics_case where case_number = :number")
			.param("number", rated.applicationNumber())
			.query((row, n) -> new Key(day(rated.ratedAt()), rated.matterCode(), rated.departmentCode(),
					row.getString("channel"), row.getString("applicant_kind")))
			.optional()
			.orElseGet(
					() -> new Key(day(rated.ratedAt()), rated.matterCode(), rated.departmentCode(), UNKNOWN, UNKNOWN));
		counts.add(key, Map.of(Measure.RATINGS, 1, Measure.BY_SCORE[rated.satisfaction().score() - 1], 1));
	}

	private Optional<Key> received(UUID caseId) {
		return jdbc.sql("""
				select received_on, matter_code, department_code, channel, applicant_kind from statistics_case
				where case_id = :id""")
			.param("id", caseId)
			.query((row, n) -> new Key(row.getObject("received_on", LocalDate.class), row.getString("matter_code"),
					row.getString("department_code"), row.getString("channel"), row.getString("applicant_kind")))
			.optional();
	}

	private LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, clock.getZone());
	}

}
