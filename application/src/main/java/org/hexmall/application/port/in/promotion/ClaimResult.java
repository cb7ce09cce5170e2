package org.hexmall.application.port.in.promotion;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.promotion.CouponId;

/** What came of claiming a coupon. */
public sealed interface ClaimResult {

    /** The customer holds a new coupon, usable until {@code validUntil}. */
    record Claimed(CouponId coupon, Instant validUntil) implements ClaimResult {
        public Claimed {
            Objects.requireNonNull(coupon, "coupon");
            Objects.requireNonNull(validUntil, "validUntil");
        }
    }

    /** No campaign has this id, or it gives no coupons to claim. */
    record NoSuchCoupon() implements ClaimResult {
    }

    /** The campaign is scheduled, paused or ended. */
    record NotRunning(CampaignStatus status) implements ClaimResult {
        public NotRunning {
            Objects.requireNonNull(status, "status");
        }
    }

    /** The campaign's budget is spent: no more coupons. */
    record BudgetSpent() implements ClaimResult {
    }

    /** The customer already holds as many of its coupons as one customer may. */
    record LimitReached(int limit) implements ClaimResult {
    }

    /** The idempotency key came with a claim of another campaign before. */
    record KeyReused() implements ClaimResult {
    }
}
