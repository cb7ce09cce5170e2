package org.hexmall.domain.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param number the page, counted from 1
 * @param size   how many items a full page holds
 * @param total  how many items all pages hold together
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    public Page {
        items = List.copyOf(items);
        if (number < 1 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page number and size start at 1; total is never negative");
        }
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pageCount();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), number, size, total);
    }
}
