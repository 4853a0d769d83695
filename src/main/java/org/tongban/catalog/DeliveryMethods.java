package org.tongban.catalog;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ways a matter's result can be delivered; stored as one column, e.g.
 * {@code PICK_UP,ELECTRONIC}.
 */
public record DeliveryMethods(Set<DeliveryMethod> methods) {

	public DeliveryMethods {
		if (methods.isEmpty()) {
			throw new IllegalArgumentException("A matter delivers its result in at least one way");
		}
		methods = Set.copyOf(EnumSet.copyOf(methods));
	}

	public static DeliveryMethods parse(String column) {
		return new DeliveryMethods(Arrays.stream(column.split(","))
			.map(String::trim)
			.map(DeliveryMethod::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DeliveryMethod.class))));
	}

	/** In the order of the enum, so that pages list them the same way everywhere. */
	public java.util.List<DeliveryMethod> ordered() {
		return EnumSet.copyOf(methods).stream().toList();
	}

	public String column() {
		return ordered().stream().map(Enum::name).collect(Collectors.joining(","));
	}

}
