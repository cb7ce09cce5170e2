package org.hexmall.domain.promotion;

import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * What a refund does to a cashback voucher the payment granted: takes it back if the customer has not used it, or
 * else keeps its value from the money given back ({@code deducted}, never more than that money; what could not be
 * kept is {@code value} minus {@code deducted}).
 */
public record VoucherReversal(CampaignId campaign, CouponId voucher, Action action, Money value, Money deducted) {

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
        Objects.requireNonNull(deducted, "deducted");
    }

    /** The part of the voucher's value the refund could not keep back, since less money was given back. */
    public Money notRecovered() {
        return value.minus(deducted);
    }
}
