package org.hexmall.domain.refund;

import java.util.ArrayList;
import java.util.List;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.shared.DomainException;

/**
 * How many items of each order line a new refund may take: never more than were bought less those that other
 * refund cases of the order hold (refunded, on their way, or waiting for a decision).
 */
public final class RefundQuantities {

    private RefundQuantities() {
    }

    /** Items each line has that no case holds, following the order's lines. */
    public static List<Integer> left(List<OrderLine> lines, List<RefundCase> casesOfOrder) {
        List<Integer> held = held(lines.size(), casesOfOrder, RefundCaseStatus::holdsItems);
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            left.add(lines.get(i).quantity() - held.get(i));
        }
        return left;
    }

    /** Items of each line the provider was asked to refund: the cases refunding or refunded, not the waiting ones. */
    public static List<Integer> sentToProvider(int lineCount, List<RefundCase> casesOfOrder) {
        return held(lineCount, casesOfOrder, RefundCaseStatus::isSentToProvider);
    }

    /** Checks a choice of items against what is left: at least one item, none beyond a line's items left. */
    public static void check(List<Integer> left, List<Integer> chosen) {
        if (chosen.size() != left.size()) {
            throw new IllegalArgumentException("a choice of items follows the order's lines");
        }
        boolean any = false;
        for (int i = 0; i < left.size(); i++) {
            int quantity = chosen.get(i);
            if (quantity < 0) {
                throw new DomainException("refund.quantity-negative", i + 1);
            }
            if (quantity > left.get(i)) {
                throw new DomainException("refund.quantity-exceeds", i + 1, left.get(i));
            }
            any |= quantity > 0;
        }
        if (!any) {
            throw new DomainException("refund.nothing-chosen");
        }
    }

    private static List<Integer> held(int lineCount, List<RefundCase> cases,
                                      java.util.function.Predicate<RefundCaseStatus> counted) {
        int[] held = new int[lineCount];
        for (RefundCase refundCase : cases) {
            if (!counted.test(refundCase.status())) {
                continue;
            }
            for (RefundLine line : refundCase.lines()) {
                held[line.lineIndex()] += line.quantity();
            }
        }
        List<Integer> result = new ArrayList<>();
        for (int count : held) {
            result.add(count);
        }
        return result;
    }
}
