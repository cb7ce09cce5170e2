package org.hexmall.domain.promotion;

/**
 * Shares a line's amount among its items, so that refunding the items one part at a time, in any steps, gives back
 * exactly the line's amount once every item is refunded. Items are refunded in the line's order: the first refund
 * takes items 1, 2…, the next the items after them. Each item gets the whole fen of an equal share; the fen left
 * over go one each to the first items (largest remainder, ties to the earlier item), or to the last items when the
 * amount is a second part of the same price: the points discount takes its extra fen from the other end than the
 * amount paid, so that no item's parts ever add up to more than its price.
 */
final class ItemShares {

    private ItemShares() {
    }

    /** What items {@code from} (included) to {@code to} (excluded) of {@code quantity} get of {@code total}. */
    static long firstItemsExtra(long total, int quantity, int from, int to) {
        long extras = total % quantity;
        return (to - from) * (total / quantity) + Math.max(0, Math.min(to, extras) - from);
    }

    /** The same, with the fen left over going to the last items. */
    static long lastItemsExtra(long total, int quantity, int from, int to) {
        long extras = total % quantity;
        return (to - from) * (total / quantity) + Math.max(0, to - Math.max(from, quantity - extras));
    }
}
