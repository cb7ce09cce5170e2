package org.hexmall.domain.promotion;

import java.util.Collections;
import java.util.List;

/**
 * Whether a refund takes an order below the conditions its cashback voucher was granted on. The amount that counts
 * is the one pricing checked: what the eligible lines came to at the start of the voucher's level (goods less the
 * discounts of the levels before), here for the items kept, shared among a line's items as {@link ItemShares} does.
 */
final class VoucherCondition {

    private VoucherCondition() {
    }

    /** True when the order met the voucher's conditions before this refund and does not after it. */
    static boolean isLostBy(PriceBreakdown paid, VoucherGrant grant, RefundRequest request) {
        return stillMet(paid, grant, request.alreadyRefunded(), List.of())
                && !stillMet(paid, grant, request.alreadyRefunded(), request.refundingNow());
    }

    /**
     * True when the order met the voucher's conditions when it was paid and does not after this refund, whether this
     * refund or one before it took the order below them.
     */
    static boolean isLostAfter(PriceBreakdown paid, VoucherGrant grant, RefundRequest request) {
        List<Integer> nothing = Collections.nCopies(paid.lines().size(), 0);
        return stillMet(paid, grant, nothing, List.of())
                && !stillMet(paid, grant, request.alreadyRefunded(), request.refundingNow());
    }

    private static boolean stillMet(PriceBreakdown paid, VoucherGrant grant, List<Integer> before,
                                    List<Integer> now) {
        long kept = 0;
        int itemsKept = 0;
        for (int i : grant.eligibleLines()) {
            LinePrice line = paid.lines().get(i);
            int items = line.line().quantity();
            int refunded = before.get(i) + (now.isEmpty() ? 0 : now.get(i));
            long base = line.goods().fen() - discountsBefore(paid, grant.level(), i);
            kept += ItemShares.firstItemsExtra(base, items, refunded, items);
            itemsKept += items - refunded;
        }
        return itemsKept > 0 && kept >= grant.minimumSpend().fen();
    }

    private static long discountsBefore(PriceBreakdown paid, PricingLevel level, int line) {
        return paid.discounts().stream().filter(discount -> discount.level().compareTo(level) < 0)
                .mapToLong(discount -> discount.perLine().get(line).fen()).sum();
    }
}
