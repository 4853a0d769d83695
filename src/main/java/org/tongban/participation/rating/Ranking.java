package org.tongban.participation.rating;

import java.util.List;

import org.tongban.participation.Satisfaction;
import org.tongban.shared.LocalizedText;

/**
 * A line of a ranking of departments or matters (R16.3): the ratings that count (neither
 * found malicious nor appealed with success), their average score and the share of bad
 * ones.
 *
 * @param name the matter's name, null for a department
 * @param average the average score, 1 (非常不满意) to 5 (非常满意), to two decimals
 * @param badShare the share of bad ratings, 0 to 1, to four decimals
 */
public record Ranking(String code, LocalizedText name, int count, double average, int bad, double badShare) {

	static Ranking of(String code, LocalizedText name, List<Satisfaction> levels) {
		int count = levels.size();
		int bad = (int) levels.stream().filter(Satisfaction::isBad).count();
		double average = levels.stream().mapToInt(Satisfaction::score).average().orElse(0);
		return new Ranking(code, name, count, Math.round(average * 100) / 100.0, bad,
				count == 0 ? 0 : Math.round(bad * 10000.0 / count) / 10000.0);
	}

}
