package org.tongban.statistics.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tongban.statistics.readmodel.DailyCounts;
import org.tongban.statistics.readmodel.Dimension;
import org.tongban.statistics.readmodel.Measure;
import org.tongban.statistics.readmodel.Totals;

/**
 * The console's tables (R11.1, R11.2), each from the daily read model added up: no case
 * table is read.
 */
@Service
class StatisticsTables {

	static final List<String> IDS = List.of("volume", "channel", "applicant", "department", "matter", "time", "trips",
			"satisfaction");

	private final DailyCounts counts;

	private final MessageSource messages;

	StatisticsTables(DailyCounts counts, MessageSource messages) {
		this.counts = counts;
		this.messages = messages;
	}

	/** Every table of the filters, in the order of the page. */
	List<Table> all(Filter filter, Locale locale) {
		return IDS.stream().map(id -> table(id, filter, locale)).toList();
	}

	/** The table of this id. */
	Table table(String id, Filter filter, Locale locale) {
		Text text = new Text(locale);
		return switch (id) {
			case "volume" -> volume(filter, text);
			case "channel" -> shares("channel", filter, Dimension.CHANNEL, text);
			case "applicant" -> shares("applicant", filter, Dimension.APPLICANT_KIND, text);
			case "department" -> performance("department", filter, Dimension.DEPARTMENT, text);
			case "matter" -> performance("matter", filter, Dimension.MATTER, text);
			case "time" -> time(filter, text);
			case "trips" -> trips(filter, text);
			case "satisfaction" -> satisfaction(filter, text);
			default -> throw new IllegalArgumentException(id);
		};
	}

	/**
	 * Received, accepted and decided by period, with the growth of the received over the
	 * period before (none when that one received none).
	 */
	private Table volume(Filter filter, Text text) {
		Map<LocalDate, Totals> periods = new LinkedHashMap<>();
		Grain grain = filter.grain();
		for (LocalDate start = grain.start(filter.scope().from()); !start.isAfter(filter.scope().to()); start = grain
			.next(start)) {
			periods.put(start, Totals.none(List.of()));
		}
		for (Totals day : counts.totals(filter.scope(), Dimension.DAY)) {
			periods.merge(grain.start(LocalDate.parse(day.keys().get(0))), day, Totals::plus);
		}
		List<List<Object>> rows = new ArrayList<>();
		Long before = null;
		for (var period : periods.entrySet()) {
			long received = period.getValue().get(Measure.SUBMITTED);
			rows.add(Arrays.asList(grain.name(period.getKey()), received, period.getValue().get(Measure.ACCEPTED),
					period.getValue().decided(),
					before == null || before == 0 ? null : percent(received - before, before)));
			before = received;
		}
		return text.table("volume", List.of("period", "submitted", "accepted", "decided", "growth"), rows,
				periods.keySet().stream().map(LocalDate::toString).toList(), "0", "1,2,3");
	}

	/** The received by channel or applicant kind, with each one's share. */
	private Table shares(String id, Filter filter, Dimension by, Text text) {
		List<Totals> groups = counts.totals(filter.scope(), by)
			.stream()
			.filter(group -> group.get(Measure.SUBMITTED) > 0)
			.toList();
		long all = groups.stream().mapToLong(group -> group.get(Measure.SUBMITTED)).sum();
		List<List<Object>> rows = groups.stream()
			.map(group -> Arrays.<Object>asList(text.get("statistics." + id + "." + group.keys().get(0)),
					group.get(Measure.SUBMITTED), percent(group.get(Measure.SUBMITTED), all)))
			.toList();
		return text.table(id, List.of(id + ".name", "submitted", "share"), rows, codes(groups), "0", "1");
	}

	/**
	 * By department or matter: received, decided, the on-time rate, overdue, decided by
	 * the platform, ratings and their average score.
	 */
	private Table performance(String id, Filter filter, Dimension by, Text text) {
		List<Totals> groups = counts.totals(filter.scope(), by);
		List<List<Object>> rows = groups.stream()
			.map(group -> Arrays.<Object>asList(group.keys().get(0), group.get(Measure.SUBMITTED), group.decided(),
					percent(group.get(Measure.ON_TIME), group.decided()), group.get(Measure.OVERDUE),
					group.get(Measure.AUTOMATIC), group.get(Measure.RATINGS), averageScore(group)))
			.toList();
		return text.table(id,
				List.of(id + ".name", "submitted", "decided", "onTime", "overdue", "automatic", "ratings", "score"),
				rows, codes(groups), "0", "1,2");
	}

	/** How many decided cases took how many working days. */
	private Table time(Filter filter, Text text) {
		Totals all = total(filter);
		List<List<Object>> rows = new ArrayList<>();
		for (Measure bucket : Measure.DAY_BUCKETS) {
			rows.add(Arrays.asList(text.get("statistics.time." + bucket.name()), all.get(bucket),
					percent(all.get(bucket), all.decided())));
		}
		return text.table("time", List.of("time.name", "decided", "share"), rows,
				Arrays.stream(Measure.DAY_BUCKETS).map(Measure::name).toList(), "0", "1");
	}

	/**
	 * The visits the received applications' matters say they take at most, those they
	 * took, the trips saved, and the materials reused instead of uploaded.
	 */
	private Table trips(Filter filter, Text text) {
		Totals all = total(filter);
		long required = all.get(Measure.VISITS_REQUIRED);
		long made = all.get(Measure.VISITS_MADE);
		long reused = all.get(Measure.MATERIALS_REUSED);
		long uploaded = all.get(Measure.MATERIALS_UPLOADED);
		List<List<Object>> rows = List.of(Arrays.asList(all.get(Measure.SUBMITTED), required, made, required - made,
				reused, uploaded, percent(reused, reused + uploaded)));
		return text.table("trips", List.of("submitted", "trips.required", "trips.made", "trips.saved",
				"materials.reused", "materials.uploaded", "materials.share"), rows, List.of("total"), "0", "1,2,3");
	}

	/** The ratings by level, best first. */
	private Table satisfaction(Filter filter, Text text) {
		Totals all = total(filter);
		List<List<Object>> rows = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int score = 5; score >= 1; score--) {
			long rated = all.get(Measure.BY_SCORE[score - 1]);
			rows.add(Arrays.asList(text.get("statistics.satisfaction." + score), rated,
					percent(rated, all.get(Measure.RATINGS))));
			codes.add(String.valueOf(score));
		}
		return text.table("satisfaction", List.of("satisfaction.name", "ratings", "share"), rows, codes, "0", "1");
	}

	private static List<String> codes(List<Totals> groups) {
		return groups.stream().map(group -> group.keys().get(0)).toList();
	}

	private Totals total(Filter filter) {
		return counts.totals(filter.scope()).get(0);
	}

	private static String code(String column) {
		String[] words = column.replaceFirst("\\.name$", "").split("\\.");
		StringBuilder code = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return code.toString();
	}

	/** A whole per cent, rounded half up; none of nothing. */
	private static Integer percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
	}

	/** The ratings' average score, 1 to 5, to two decimals; none without ratings. */
	private static BigDecimal averageScore(Totals group) {
		long ratings = group.get(Measure.RATINGS);
		if (ratings == 0) {
			return null;
		}
		long sum = 0;
		for (int score = 1; score <= 5; score++) {
			sum += score * group.get(Measure.BY_SCORE[score - 1]);
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP);
	}

	private final class Text {

		private final Locale locale;

		Text(Locale locale) {
			this.locale = locale;
		}

		String get(String key) {
			return messages.getMessage(key, null, locale);
		}

		/**
		 * The table with its title and headings in the reader's language.
		 * @param columns the columns' messages after {@code statistics.}; their codes are
		 * these in camel case, a {@code name} left out ({@code trips.made} is
		 * {@code tripsMade}, {@code channel.name} is {@code channel})
		 */
		Table table(String id, List<String> columns, List<List<Object>> rows, List<String> codes, String labels,
				String series) {
			return new Table(id, get("statistics." + id), columns.stream().map(StatisticsTables::code).toList(),
					columns.stream().map(column -> get("statistics." + column)).toList(), rows, codes, labels, series);
		}

	}

}
