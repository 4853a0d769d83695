package org.tongban.participation.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.tongban.participation.Satisfaction;
import org.tongban.participation.rating.Rating.Appeal;
import org.tongban.participation.rating.Rating.Officer;
import org.tongban.participation.rating.Rating.State;
import org.tongban.participation.rating.Rating.Verification;

/** The JSON of the ratings' API (R15.8, R16.3). */
final class RatingJson {

	private RatingJson() {
	}

	/** What the applicant gives: a level, reasons of its group to tick, a comment. */
	record Given(Satisfaction satisfaction, Set<RatingReason> reasons, String comment) {

		Set<RatingReason> reasonsGiven() {
			return reasons == null ? Set.of() : reasons;
		}

	}

	/**
	 * The rating as its applicant sees it.
	 *
	 * @param dueAt until when they may rate, when {@code state} is DUE
	 * @param reply the department's reply on its rectification, to rate once
	 */
	record Mine(String number, String matterName, State state, Instant dueAt, Satisfaction satisfaction,
			Set<RatingReason> reasons, String comment, Instant ratedAt, String reply, Instant repliedAt,
			Satisfaction rectificationSatisfaction, String rectificationComment) {

		static Mine of(Rating rating, Locale locale) {
			return new Mine(rating.number(), rating.matterName().in(locale), rating.state(), rating.dueAt(),
					rating.satisfaction(), rating.reasons(), rating.comment(), rating.ratedAt(), rating.reply(),
					rating.repliedAt(), rating.secondSatisfaction(), rating.secondComment());
		}

	}

	/** The rating as the supervision office and the department's administrator see it. */
	record Staff(String number, String matterCode, String matterName, String departmentCode, String step,
			List<Officer> officers, State state, Satisfaction satisfaction, Set<RatingReason> reasons, String comment,
			Instant ratedAt, Verification verification, String verificationReason, Instant verifiedAt,
			LocalDate rectificationDue, String reply, Instant repliedAt, Satisfaction rectificationSatisfaction,
			Appeal appeal, String appealReason, String appealDecision, boolean counts) {

		static Staff of(Rating rating, Locale locale) {
			return new Staff(rating.number(), rating.matterCode(), rating.matterName().in(locale),
					rating.departmentCode(), rating.step(), rating.officers(), rating.state(), rating.satisfaction(),
					rating.reasons(), rating.comment(), rating.ratedAt(), rating.verification(),
					rating.verificationReason(), rating.verifiedAt(), rating.rectificationDue(), rating.reply(),
					rating.repliedAt(), rating.secondSatisfaction(), rating.appeal(), rating.appealReason(),
					rating.appealDecision(), rating.counts());
		}

		static List<Staff> all(List<Rating> ratings, Locale locale) {
			return ratings.stream().map(rating -> of(rating, locale)).toList();
		}

	}

	/** The supervision office's finding on a bad rating, with its reasons. */
	record Finding(Verification finding, String reason) {
	}

	/** The supervision office's decision on an appeal, with its reasons. */
	record AppealDecision(boolean upheld, String reason) {
	}

	/** A text: a reply, or the reasons of an appeal. */
	record Text(String text) {
	}

	/** A line of a ranking. */
	record RankingLine(int rank, String code, String name, int count, double average, int bad, double badShare) {
	}

	static List<RankingLine> lines(List<Ranking> ranking, Locale locale) {
		return IntStream.range(0, ranking.size()).mapToObj(index -> {
			Ranking line = ranking.get(index);
			return new RankingLine(index + 1, line.code(), line.name() == null ? null : line.name().in(locale),
					line.count(), line.average(), line.bad(), line.badShare());
		}).toList();
	}

}
