package org.hexmall.domain.promotion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * What an order costs with a wallet, and why: the lines with their shares of every discount and of the points
 * discount, the discounts applied in order (item, order, payment method), the points spent and to earn, the vouchers
 * the payment earns, what it takes from campaign budgets and customers' uses, the coupons it uses, and every offer
 * considered but not applied with its reason. Frozen on the payment when it starts.
 *
 * @param pointsSpent  points spent on this payment (100 points are ¥1)
 * @param pointsToEarn points the payment earns when it succeeds, multiplier included
 */
public record PriceBreakdown(WalletProvider wallet, List<LinePrice> lines, List<AppliedDiscount> discounts,
                             long pointsSpent, long pointsToEarn, Optional<PointsBoost> pointsBoost,
                             List<VoucherGrant> vouchers, List<BudgetClaim> budgetClaims, List<CouponId> couponsUsed,
                             List<NotApplied> notApplied) {

    public PriceBreakdown {
        Objects.requireNonNull(wallet, "wallet");
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        Objects.requireNonNull(pointsBoost, "pointsBoost");
        vouchers = List.copyOf(vouchers);
        budgetClaims = List.copyOf(budgetClaims);
        couponsUsed = List.copyOf(couponsUsed);
        notApplied = List.copyOf(notApplied);
        long linesPoints = lines.stream().mapToLong(line -> line.pointsDiscount().fen()).sum();
        if (linesPoints != pointsSpent) {
            throw new IllegalArgumentException("the lines' points discounts add up to the points spent");
        }
    }

    /** The same breakdown, listing these offers as considered and not applied. */
    PriceBreakdown withNotApplied(List<NotApplied> reasons) {
        return new PriceBreakdown(wallet, lines, discounts, pointsSpent, pointsToEarn, pointsBoost, vouchers,
                budgetClaims, couponsUsed, reasons);
    }

    /** The campaigns applied directly, each counting as one of the customer's uses. */
    public List<CampaignId> campaignUses() {
        return budgetClaims.stream().filter(BudgetClaim::countsAsUse).map(BudgetClaim::campaign).toList();
    }

    /** The goods before anything is taken off. */
    public Money goodsTotal() {
        return sum(lines.stream().map(LinePrice::goods).toList());
    }

    /** All discounts of campaigns and coupons, points not included. */
    public Money discountTotal() {
        return sum(discounts.stream().map(AppliedDiscount::amount).toList());
    }

    /** What the points spent take off: 100 points are ¥1. */
    public Money pointsDiscount() {
        return PointsPolicy.valueOf(pointsSpent);
    }

    /** The amount after discounts, before points are spent. */
    public Money amountAfterDiscounts() {
        return goodsTotal().minus(discountTotal());
    }

    /** What the wallet is asked to charge. */
    public Money amountToPay() {
        return sum(lines.stream().map(LinePrice::toPay).toList());
    }

    /** What the customer saves now: discounts and points. */
    public Money saved() {
        return discountTotal().plus(pointsDiscount());
    }

    /** The value of the vouchers the payment earns. */
    public Money voucherValue() {
        return sum(vouchers.stream().map(VoucherGrant::value).toList());
    }

    private static Money sum(List<Money> amounts) {
        Money total = Money.ZERO;
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }
}
