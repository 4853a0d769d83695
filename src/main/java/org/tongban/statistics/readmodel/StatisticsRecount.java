package org.tongban.statistics.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.Channel;
import org.tongban.application.ReceivedApplications;
import org.tongban.application.ReceivedApplications.Received;
import org.tongban.approval.CaseEnds;
import org.tongban.approval.CaseEnds.CaseEnd;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterNotFoundException;
import org.tongban.participation.CaseRatings;
import org.tongban.participation.CaseRatings.GivenRating;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.statistics.readmodel.DailyCounts.Key;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;

/**
 * Recounts the daily read model from the platform's own source tables (R11), through each
 * module's read-only port, with the meaning {@link StatisticsEvents} gives the counts:
 * the check that the read model kept by events agrees with the cases
 * ({@link #differences}), and its fill when the platform starts on cases with an empty
 * read model ({@link #fillIfEmpty}).
 * <p>
 * What the source tables keep as it stands today, not as it was when the event was
 * counted, and so cannot be recounted as the event counted it:
 * <ul>
 * <li>the materials reused and uploaded are those the application has now: a correction
 * that added or removed materials after receipt makes them differ from the count at
 * receipt;</li>
 * <li>the visits a matter may take are those its version says now (a published version
 * does not change);</li>
 * <li>a rating of a case the statistics never saw is counted under the case's channel and
 * applicant kind, which the sources know, where the event counted it as unknown.</li>
 * </ul>
 */
@Component
public class StatisticsRecount implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StatisticsRecount.class);

	/** Applications read at a time: a page's facts are gathered in a few queries. */
	static final int PAGE = 1000;

	private final ReceivedApplications applications;

	private final CaseEnds ends;

	private final CaseClocks clocks;

	private final CaseRatings ratings;

	private final MatterCatalog catalog;

	private final DailyCounts counts;

	private final Inserts inserts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Audit audit;

	private final Clock clock;

	StatisticsRecount(ReceivedApplications applications, CaseEnds ends, CaseClocks clocks, CaseRatings ratings,
			MatterCatalog catalog, DailyCounts counts, Inserts inserts, JdbcClient jdbc,
			TransactionTemplate transactions, Audit audit, Clock clock) {
		this.applications = applications;
		this.ends = ends;
		this.clocks = clocks;
		this.ratings = ratings;
		this.catalog = catalog;
		this.counts = counts;
		this.inserts = inserts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
	}

	/** A count of the read model that the recount does not find. */
	public record Difference(Key key, Measure measure, long kept, long recounted) {
	}

	/**
	 * The rows of the scope as the source tables count them, each with its counts that
	 * are not 0, as {@link DailyCounts#rows} gives the read model's.
	 */
	public Map<Key, Map<Measure, Long>> recount(Scope scope) {
		Map<Key, Map<Measure, Long>> rows = new HashMap<>();
		walk(page -> {
		}, (key, measure, count) -> {
			if (count != 0 && within(scope, key)) {
				rows.computeIfAbsent(key, k -> new EnumMap<>(Measure.class)).merge(measure, count, Long::sum);
			}
		});
		return rows;
	}

	/**
	 * Where the read model and the recount of the scope differ, by day, matter,
	 * department, channel, applicant kind and measure; empty when they agree.
	 */
	public List<Difference> differences(Scope scope) {
		Map<Key, Map<Measure, Long>> kept = counts.rows(scope);
		Map<Key, Map<Measure, Long>> recounted = recount(scope);
		Set<Key> keys = new TreeSet<>(Comparator.comparing(Key::day)
			.thenComparing(Key::matter)
			.thenComparing(Key::department)
			.thenComparing(Key::channel)
			.thenComparing(Key::kind));
		keys.addAll(kept.keySet());
		keys.addAll(recounted.keySet());
		List<Difference> differences = new ArrayList<>();
		for (Key key : keys) {
			for (Measure measure : Measure.values()) {
				long a = kept.getOrDefault(key, Map.of()).getOrDefault(measure, 0L);
				long b = recounted.getOrDefault(key, Map.of()).getOrDefault(measure, 0L);
				if (a != b) {
					differences.add(new Difference(key, measure, a, b));
				}
			}
		}
		return differences;
	}

	/**
	 * Fills an empty read model before the node takes requests, messages or scheduled
	 * work (which start with the context's life cycle, after this), so that no event is
	 * counted both by the fill and as it happens.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		fillIfEmpty();
	}

	/**
	 * Fills the read models from the source tables when there are received applications
	 * and no daily row (a database from before the statistics, or loaded in bulk), once:
	 * the marker row is inserted in the fill's transaction, so that of several nodes
	 * starting together one fills and the others wait for it and find the marker.
	 * @return the applications counted, 0 when nothing was filled
	 */
	public long fillIfEmpty() {
		Long filled = transactions.execute(status -> {
			boolean empty = jdbc.sql("select count(*) from (select 1 from statistics_daily fetch first 1 rows only) d")
				.query(Integer.class)
				.single() == 0;
			if (!empty || applications.after(null, 1).isEmpty()) {
				return 0L;
			}
			Instant started = clock.instant();
			Map<String, Object> marker = new LinkedHashMap<>();
			marker.put("id", 1);
			marker.put("filled_at", OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
			marker.put("applications", 0L);
			if (!inserts.ifAbsent("statistics_backfill", marker, List.of("id"))) {
				return 0L;
			}
			long received = fill();
			jdbc.sql("update statistics_backfill set applications = :received where id = 1")
				.param("received", received)
				.update();
			audit.succeeded(AuditActor.PLATFORM, "statistics.fill", "STATISTICS", "statistics_daily",
					String.valueOf(received));
			return received;
		});
		if (filled != null && filled > 0) {
			log.info("Filled the statistics' read models from {} applications", filled);
		}
		return filled == null ? 0 : filled;
	}

	/** Writes what the source tables count, and what later events look up. */
	private long fill() {
		Map<Key, Map<Measure, Long>> rows = new HashMap<>();
		Map<String, Map<String, Object>> matters = new HashMap<>();
		inserts.ifAbsent("statistics_bundle_member",
				applications.bundleMembers().stream().map(id -> Map.<String, Object>of("application_id", id)).toList(),
				List.of("application_id"));
		long[] received = { 0 };
		walk(page -> {
			List<Map<String, Object>> cases = new ArrayList<>(page.size());
			for (Received application : page) {
				Map<String, Object> known = new LinkedHashMap<>();
				known.put("case_id", application.id());
				known.put("case_number", application.number());
				known.put("received_on", day(application.receivedAt()));
				known.put("matter_code", application.matterCode());
				known.put("department_code", application.departmentCode());
				known.put("channel", channel(application));
				known.put("applicant_kind", application.applicantKind().name());
				cases.add(known);
				if (application.matterName() != null && !matters.containsKey(application.matterCode())) {
					Map<String, Object> matter = new LinkedHashMap<>();
					matter.put("matter_code", application.matterCode());
					matter.put("name_zh", application.matterName().zh());
					matter.put("name_en", application.matterName().en());
					matters.put(application.matterCode(), matter);
				}
			}
			inserts.ifAbsent("statistics_case", cases, List.of("case_id"));
			received[0] += page.size();
		}, (key, measure, count) -> {
			if (count != 0) {
				rows.computeIfAbsent(key, k -> new EnumMap<>(Measure.class)).merge(measure, count, Long::sum);
			}
		});
		inserts.ifAbsent("statistics_matter", List.copyOf(matters.values()), List.of("matter_code"));
		rows.forEach((key, measures) -> {
			Map<Measure, Integer> added = new EnumMap<>(Measure.class);
			measures.forEach((measure, count) -> added.put(measure, Math.toIntExact(count)));
			counts.add(key, added);
		});
		return received[0];
	}

	private interface Counter {

		void count(Key key, Measure measure, long count);

	}

	/**
	 * Every received application, a page at a time, with the facts of its receipt, its
	 * acceptance, its end and its rating counted as {@link StatisticsEvents} counts them.
	 */
	private void walk(Consumer<List<Received>> pages, Counter counter) {
		Map<String, Integer> maxVisits = new HashMap<>();
		UUID after = null;
		List<Received> page;
		do {
			page = applications.after(after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			after = page.get(page.size() - 1).id();
			pages.accept(page);
			List<UUID> ids = page.stream().map(Received::id).toList();
			Map<UUID, CaseEnd> ended = ends.of(ids);
			List<UUID> decided = page.stream()
				.filter(application -> decided(application) != null && ended.containsKey(application.id())
						&& ended.get(application.id()).endedAt() != null && isDecision(decided(application)))
				.map(Received::id)
				.toList();
			Map<UUID, CaseClock> stopped = decided.isEmpty() ? Map.of() : clocks.of(decided);
			Map<UUID, Key> keys = new HashMap<>();
			for (Received application : page) {
				Key key = new Key(day(application.receivedAt()), application.matterCode(), application.departmentCode(),
						channel(application), application.applicantKind().name());
				keys.put(application.id(), key);
				counter.count(key, Measure.SUBMITTED, 1);
				counter.count(key, Measure.VISITS_REQUIRED, maxVisits.computeIfAbsent(
						application.matterCode() + "/" + application.matterVersion(), k -> maxVisits(application)));
				counter.count(key, Measure.VISITS_MADE, application.channel() == Channel.WINDOW ? 1 : 0);
				counter.count(key, Measure.MATERIALS_REUSED, application.materialsReused());
				counter.count(key, Measure.MATERIALS_UPLOADED, application.materialsUploaded());
				CaseEnd end = ended.get(application.id());
				if (end == null) {
					continue;
				}
				if (end.acceptedOn() != null) {
					counter.count(key.on(end.acceptedOn()), Measure.ACCEPTED, 1);
				}
				ApplicationStatus outcome = decided(application);
				if (end.endedAt() != null && outcome != null) {
					ended(counter, key.on(day(end.endedAt())), outcome, end, stopped.get(application.id()));
				}
			}
			for (GivenRating rating : ratings.of(ids)) {
				Key of = keys.get(rating.caseId());
				Key key = new Key(day(rating.ratedAt()), rating.matterCode(), rating.departmentCode(), of.channel(),
						of.kind());
				counter.count(key, Measure.RATINGS, 1);
				counter.count(key, Measure.BY_SCORE[rating.satisfaction().score() - 1], 1);
			}
		}
		while (page.size() == PAGE);
	}

	/** An end as {@link StatisticsEvents} counts a {@code CaseEnded}. */
	private static void ended(Counter counter, Key key, ApplicationStatus outcome, CaseEnd end, CaseClock stopped) {
		counter.count(key, Measure.valueOf(outcome.name()), 1);
		if (!isDecision(outcome)) {
			return;
		}
		LocalDate dueOn = stopped == null ? null : stopped.dueOn();
		counter.count(key, dueOn != null && key.day().isAfter(dueOn) ? Measure.OVERDUE : Measure.ON_TIME, 1);
		counter.count(key, Measure.AUTOMATIC, end.byPlatform() ? 1 : 0);
		Integer workingDays = stopped == null ? null : stopped.usedDays();
		if (workingDays != null) {
			counter.count(key, Measure.WORKING_DAYS, workingDays);
			counter.count(key, Measure.bucket(workingDays), 1);
		}
	}

	/**
	 * How the case ended, as the end was told: a revoked grant ended granted; null for a
	 * case under way or stopped with its bundle.
	 */
	private static ApplicationStatus decided(Received application) {
		return switch (application.status()) {
			case GRANTED, REVOKED -> ApplicationStatus.GRANTED;
			case DENIED, REFUSED, WITHDRAWN -> application.status();
			default -> null;
		};
	}

	private static boolean isDecision(ApplicationStatus outcome) {
		return outcome == ApplicationStatus.GRANTED || outcome == ApplicationStatus.DENIED;
	}

	private static String channel(Received application) {
		return application.bundled() ? StatisticsEvents.BUNDLE : application.channel().name();
	}

	/** The visits the version of the application's matter says it may take. */
	private int maxVisits(Received application) {
		try {
			return catalog.guide(application.matterCode(), application.matterVersion()).version().maxVisits();
		}
		catch (MatterNotFoundException ex) {
			// A version no longer in the catalogue: its visits are not known.
			return 0;
		}
	}

	private static boolean within(Scope scope, Key key) {
		return !key.day().isBefore(scope.from()) && !key.day().isAfter(scope.to())
				&& (scope.department() == null || scope.department().equals(key.department()))
				&& (scope.matter() == null || scope.matter().equals(key.matter()));
	}

	private LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, clock.getZone());
	}

}
