package org.hexmall.domain.promotion;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * What a refund gives back and takes back, line by line, so that the agent and the customer can follow it: what
 * was paid for the refunded items, less the value of earned points already spent and of any used voucher the refund
 * makes undue, is the money given back; the points earned on the items are taken back (those the balance still
 * holds) and the points spent on them returned; vouchers and coupons are dealt with as listed.
 *
 * @param paidForItems          what the customer paid for the refunded items, after discounts and points
 * @param moneyBack             what the wallet refunds: {@code paidForItems} less the points' and the vouchers'
 *                              deductions
 * @param pointsEarnedTakenBack the points earned on the refunded items that leave the customer's balance
 * @param pointsEarnedSpent     the points earned on the refunded items that the customer has spent already, so
 *                              that the balance no longer holds them: their value is kept from the money instead
 * @param pointsDeduction       the value of {@code pointsEarnedSpent} kept from the money, never more than it
 * @param orderFullyRefunded    true when no item of the order is left unrefunded after this refund
 * @param boostPointsTakenBack  of the points earned on the refunded items, the extra points a points multiplier
 *                              (double points) had added: its campaign paid one fen of budget for each
 */
public record Reversal(List<RefundedLine> lines, Money paidForItems, List<VoucherReversal> vouchers, Money moneyBack,
                       long pointsEarnedTakenBack, long pointsSpentReturned, long pointsEarnedSpent,
                       Money pointsDeduction, List<CouponReturn> couponsReturned, boolean orderFullyRefunded,
                       long boostPointsTakenBack) {

    public Reversal {
        lines = List.copyOf(lines);
        Objects.requireNonNull(paidForItems, "paidForItems");
        vouchers = List.copyOf(vouchers);
        Objects.requireNonNull(moneyBack, "moneyBack");
        Objects.requireNonNull(pointsDeduction, "pointsDeduction");
        couponsReturned = List.copyOf(couponsReturned);
        if (pointsEarnedTakenBack < 0 || pointsSpentReturned < 0 || pointsEarnedSpent < 0) {
            throw new IllegalArgumentException("points moved by a refund are never negative");
        }
        if (boostPointsTakenBack < 0 || boostPointsTakenBack > pointsEarnedTakenBack + pointsEarnedSpent) {
            throw new IllegalArgumentException("The multiplier's extra points are part of the points earned");
        }
        Money vouchersKept = vouchers.stream().map(VoucherReversal::deducted).reduce(Money.ZERO, Money::plus);
        if (!moneyBack.plus(pointsDeduction).plus(vouchersKept).equals(paidForItems)) {
            throw new IllegalArgumentException("the money back is what was paid less what is kept back");
        }
    }

    /** The value kept back for used vouchers. */
    public Money voucherDeduction() {
        return vouchers.stream().map(VoucherReversal::deducted).reduce(Money.ZERO, Money::plus);
    }

    /** The points earned on the refunded items, whether taken back or, spent already, kept as money. */
    public long pointsEarned() {
        return pointsEarnedTakenBack + pointsEarnedSpent;
    }
}
