package org.hexmall.domain.refund;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.shared.Money;

/**
 * The refund cases of an order that a new refund is priced after, as its pricing needs them: the items of each line
 * they refund, what they keep back of each used voucher, and what they will still do to the customer's points once
 * their money is back (nothing for those refunded already, which the balance shows). Pricing a refund after them
 * makes the items' shares, a used voucher's value and the points add up across the order's refunds.
 *
 * @param items             the items of each line they refund, following the order's lines
 * @param voucherDeducted   of each used voucher, what they keep back of its value
 * @param pointsStillToMove what they will still add to the customer's balance (negative when they take points
 *                          back) once refunded
 */
public record RefundsBefore(List<Integer> items, Map<CouponId, Money> voucherDeducted, long pointsStillToMove) {

    public RefundsBefore {
        items = List.copyOf(items);
        voucherDeducted = Map.copyOf(voucherDeducted);
    }

    /**
     * The cases whose money went, or is going, to the provider: a refund sent now comes after them, and a case that
     * waits is priced again after them when it is sent.
     */
    public static RefundsBefore sentToProvider(int lineCount, List<RefundCase> casesOfOrder) {
        return of(lineCount, casesOfOrder, RefundCaseStatus::isSentToProvider);
    }

    /**
     * Every case that holds its items, waiting ones too: a customer's request is priced after them, as the items it
     * may ask for are counted, so that it shows what will be refunded once they are decided.
     */
    public static RefundsBefore holdingItems(int lineCount, List<RefundCase> casesOfOrder) {
        return of(lineCount, casesOfOrder, RefundCaseStatus::holdsItems);
    }

    private static RefundsBefore of(int lineCount, List<RefundCase> cases, Predicate<RefundCaseStatus> counted) {
        int[] items = new int[lineCount];
        Map<CouponId, Money> deducted = new LinkedHashMap<>();
        long points = 0;
        for (RefundCase refundCase : cases) {
            if (!counted.test(refundCase.status())) {
                continue;
            }
            for (RefundLine line : refundCase.lines()) {
                items[line.lineIndex()] += line.quantity();
            }
            RefundEffects effects = refundCase.effects();
            effects.vouchersDeducted().forEach((voucher, amount) -> deducted.merge(voucher, amount, Money::plus));
            if (refundCase.status() != RefundCaseStatus.REFUNDED) {
                points = Math.addExact(points, effects.pointsReturned() - effects.pointsTakenBack());
            }
        }
        List<Integer> quantities = new ArrayList<>();
        for (int count : items) {
            quantities.add(count);
        }
        return new RefundsBefore(quantities, deducted, points);
    }
}
