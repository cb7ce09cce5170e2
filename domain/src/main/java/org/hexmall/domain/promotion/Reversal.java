package org.hexmall.domain.promotion;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * What a refund gives back and takes back, line by line, so that the agent and the customer can follow it: what
 * was paid for the refunded items, less the value of any used voucher the refund makes undue, is the money given
 * back; the points earned on the items are taken back and the points spent on them returned; vouchers and coupons
 * are dealt with as listed.
 *
 * @param paidForItems          what the customer paid for the refunded items, after discounts and points
 * @param moneyBack             what the wallet refunds: {@code paidForItems} less the vouchers' deductions
 * @param orderFullyRefunded    true when no item of the order is left unrefunded after this refund
 * @param boostPointsTakenBack  of {@code pointsEarnedTakenBack}, the extra points a points multiplier (double points)
 *                              had added on the refunded items: its campaign paid one fen of budget for each
 */
public record Reversal(List<RefundedLine> lines, Money paidForItems, List<VoucherReversal> vouchers, Money moneyBack,
                       long pointsEarnedTakenBack, long pointsSpentReturned, List<CouponReturn> couponsReturned,
                       boolean orderFullyRefunded, long boostPointsTakenBack) {

    public Reversal {
        lines = List.copyOf(lines);
        Objects.requireNonNull(paidForItems, "paidForItems");
        vouchers = List.copyOf(vouchers);
        Objects.requireNonNull(moneyBack, "moneyBack");
        couponsReturned = List.copyOf(couponsReturned);
        if (boostPointsTakenBack < 0 || boostPointsTakenBack > pointsEarnedTakenBack) {
            throw new IllegalArgumentException("The multiplier's extra points are part of the points taken back");
        }
    }

    /** The value kept back for used vouchers. */
    public Money voucherDeduction() {
        return paidForItems.minus(moneyBack);
    }
}
