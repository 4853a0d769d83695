package org.tongban.shared;

import java.util.List;

/**
 * The page of a list a reader asks for: numbered from 1, as readers count, of at most a
 * given size, so that no list grows with the data (a million applications, an enterprise
 * with thousands).
 */
public record Paging(int page, int size) {

	/** The most items a page of the API holds. */
	public static final int MAX_SIZE = 100;

	/**
	 * The page asked for at the boundary.
	 * @throws InvalidParameterException naming {@code page} if it is below 1,
	 * {@code size} if it is outside 1 to {@code maxSize}
	 */
	public static Paging of(int page, int size, int maxSize) {
		if (page < 1) {
			throw new InvalidParameterException("page", "paging.page");
		}
		if (size < 1 || size > maxSize) {
			throw new InvalidParameterException("size", "paging.size", maxSize);
		}
		return new Paging(page, size);
	}

	/** The rows to skip. */
	public long offset() {
		return (long) (page - 1) * size;
	}

	/** The page of these items out of {@code totalItems}. */
	public <T> ResultPage<T> of(List<T> items, long totalItems) {
		return new ResultPage<>(items, page, size, totalItems);
	}

}
