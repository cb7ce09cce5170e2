package org.hexmall.application.service.promotion;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.promotion.ClaimCoupon;
import org.hexmall.application.port.in.promotion.ClaimResult;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.shared.IdempotentRequests;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;

/**
 * Reads the campaign once, checks that it runs, and stores the coupon through {@link Coupons#claim} with the
 * campaign's uses per customer as the limit, which the store keeps even for claims made at the same moment. The
 * campaign's budget is not touched: a coupon spends it when a payment uses it.
 */
public final class ClaimCouponService implements ClaimCoupon {

    private final Campaigns campaigns;
    private final Coupons coupons;
    private final IdempotentRequests idempotent;
    private final RandomTokens tokens;
    private final Clock clock;

    public ClaimCouponService(Campaigns campaigns, Coupons coupons, IdempotentRequests idempotent,
                              RandomTokens tokens, Clock clock) {
        this.campaigns = campaigns;
        this.coupons = coupons;
        this.idempotent = idempotent;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public ClaimResult claim(CustomerId customer, CampaignId campaign, Optional<IdempotencyKey> key) {
        return idempotent.inTransaction("claim-coupon:" + customer, key, "claim " + campaign, Claims.INSTANCE,
                () -> claimOnce(customer, campaign));
    }

    private ClaimResult claimOnce(CustomerId customer, CampaignId campaignId) {
        Optional<CampaignStanding> found = campaigns.findById(campaignId);
        if (found.isEmpty() || found.get().campaign().kind() != CampaignKind.WALLET_COUPON) {
            return new ClaimResult.NoSuchCoupon();
        }
        Campaign campaign = found.get().campaign();
        Instant now = clock.instant();
        CampaignStatus status = found.get().statusAt(now);
        if (status == CampaignStatus.BUDGET_SPENT) {
            return new ClaimResult.BudgetSpent();
        }
        if (status != CampaignStatus.RUNNING) {
            return new ClaimResult.NotRunning(status);
        }
        Coupon coupon = Coupon.claim(new CouponId(tokens.uuid()), customer, campaign, now);
        if (!coupons.claim(coupon, campaign.usesPerCustomer())) {
            return new ClaimResult.LimitReached(campaign.usesPerCustomer());
        }
        return new ClaimResult.Claimed(coupon.id(), coupon.validUntil());
    }

    /** Claims kept with their key as "claimed id until", or the refusal's name and its one detail. */
    private enum Claims implements IdempotentRequests.Results<ClaimResult> {
        INSTANCE;

        @Override
        public Optional<String> encode(ClaimResult result) {
            return Optional.of(switch (result) {
                case ClaimResult.Claimed claimed -> "claimed " + claimed.coupon() + " " + claimed.validUntil();
                case ClaimResult.NoSuchCoupon none -> "none";
                case ClaimResult.NotRunning notRunning -> "not-running " + notRunning.status().name();
                case ClaimResult.BudgetSpent spent -> "budget-spent";
                case ClaimResult.LimitReached limit -> "limit " + limit.limit();
                case ClaimResult.KeyReused reused -> throw new IllegalStateException("a reused key is never kept");
            });
        }

        @Override
        public ClaimResult decode(String stored) {
            String[] parts = stored.split(" ");
            return switch (parts[0]) {
                case "claimed" -> new ClaimResult.Claimed(new CouponId(UUID.fromString(parts[1])),
                        Instant.parse(parts[2]));
                case "none" -> new ClaimResult.NoSuchCoupon();
                case "not-running" -> new ClaimResult.NotRunning(CampaignStatus.valueOf(parts[1]));
                case "budget-spent" -> new ClaimResult.BudgetSpent();
                case "limit" -> new ClaimResult.LimitReached(Integer.parseInt(parts[1]));
                default -> throw new IllegalStateException("not a kept claim: " + stored);
            };
        }

        @Override
        public ClaimResult keyReused() {
            return new ClaimResult.KeyReused();
        }
    }
}
