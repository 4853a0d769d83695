package org.tongban.application.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.tongban.catalog.MatterVersion;

/**
 * The fees of a matter version as an applicant reads them before submitting (R16.6): each
 * item with its amount and standard, and their total, or that the matter is free. The
 * catalogue does not say which of several items apply to an application (housing or not),
 * so the total of several is what all of them together come to.
 *
 * @param totalYuan the sum of the items that have an amount
 * @param byStandard whether an item is charged by its standard, not in the total
 */
record FeeSummary(boolean free, List<Item> items, BigDecimal totalYuan, boolean byStandard) {

	static FeeSummary of(MatterVersion version, Locale locale) {
		List<Item> items = version.fees()
			.stream()
			.filter(fee -> !fee.isFree())
			.map(fee -> new Item(fee.item().in(locale), fee.amountYuan(),
					fee.standard() == null ? null : fee.standard().in(locale)))
			.toList();
		BigDecimal total = items.stream()
			.map(Item::amountYuan)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new FeeSummary(version.isFree(), items, total,
				items.stream().anyMatch(item -> item.amountYuan() == null));
	}

	/**
	 * @param amountYuan null when charged by its standard
	 */
	record Item(String item, BigDecimal amountYuan, String standard) {
	}

}
