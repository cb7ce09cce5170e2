package org.hexmall.domain.promotion;

import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * What a refund does to a cashback voucher the payment granted: takes it back if the customer has not used it, or
 * else keeps its value from the money given back. A used voucher's value is kept across the order's refunds: what
 * the refunds before kept of it ({@code deductedBefore}) plus what this one keeps ({@code deducted}, never more than
 * its money); the rest ({@link #notRecovered}) is kept by the order's next refund.
 */
public record VoucherReversal(CampaignId campaign, CouponId voucher, Action action, Money value,
                              Money deductedBefore, Money deducted) {

    /** What happens to the voucher. */
    public enum Action {
        /** Not used yet: withdrawn ({@link Coupon#withdraw}). */
        WITHDRAW,
        /** Used, or held by a payment under way: its value is kept from the money given back. */
        DEDUCT_FROM_REFUND,
        /** Taken back before: nothing more to do. */
        ALREADY_WITHDRAWN
    }

    public VoucherReversal {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(voucher, "voucher");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(deductedBefore, "deductedBefore");
        Objects.requireNonNull(deducted, "deducted");
        if (deductedBefore.plus(deducted).isGreaterThan(value)) {
            throw new IllegalArgumentException("no more than a voucher's value is kept back for it");
        }
    }

    /** The part of the voucher's value no refund has kept back yet, since less money was given back. */
    public Money notRecovered() {
        return value.minus(deductedBefore).minus(deducted);
    }
}
