package org.tongban.statistics.readmodel;

import java.util.Arrays;
import java.util.List;

/**
 * The counts of a group of daily rows, added up.
 *
 * @param keys the group's values of the dimensions asked, in their order
 */
public record Totals(List<String> keys, long[] counts) {

	public Totals {
		keys = List.copyOf(keys);
		counts = counts.clone();
	}

	public long get(Measure measure) {
		return counts[measure.ordinal()];
	}

	/** Decided: granted and denied. */
	public long decided() {
		return get(Measure.GRANTED) + get(Measure.DENIED);
	}

	/** These counts and those of another group. */
	public Totals plus(Totals other) {
		long[] sum = counts.clone();
		for (int i = 0; i < sum.length; i++) {
			sum[i] += other.counts[i];
		}
		return new Totals(keys, sum);
	}

	/** No counts, for the group of these keys. */
	public static Totals none(List<String> keys) {
		return new Totals(keys, new long[Measure.values().length]);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Totals totals && keys.equals(totals.keys) && Arrays.equals(counts, totals.counts);
	}

	@Override
	public int hashCode() {
		return keys.hashCode() * 31 + Arrays.hashCode(counts);
	}

	@Override
	public String toString() {
		return keys + Arrays.toString(counts);
	}

}
