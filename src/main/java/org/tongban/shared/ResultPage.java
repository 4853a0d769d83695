package org.tongban.shared;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a longer list. Pages are numbered from 1, as readers count them.
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

	public ResultPage {
		items = List.copyOf(items);
	}

	@JsonProperty
	public int totalPages() {
		return (int) Math.max(1, (totalItems + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < totalPages();
	}

	public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
	}

}
