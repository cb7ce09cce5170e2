package org.hexmall.application.port.in.promotion;

import java.util.Objects;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignKind;

/**
 * A running offer as a page shows it: the campaign (its name, its one-line offer and when it ends), and for a wallet
 * coupon campaign how many of its coupons the customer already claimed and how many of those they used.
 *
 * @param claimedByCustomer coupons the customer claimed from it, whatever became of them (available, held by a
 *                          payment, used, expired); 0 when nobody is signed in or nothing was read
 * @param usedByCustomer    how many of those an order used
 */
public record ShownOffer(Campaign campaign, int claimedByCustomer, int usedByCustomer) {

    public ShownOffer {
        Objects.requireNonNull(campaign, "campaign");
        if (claimedByCustomer < 0 || usedByCustomer < 0) {
            throw new IllegalArgumentException("claims are never negative");
        }
        if (usedByCustomer > claimedByCustomer) {
            throw new IllegalArgumentException("a customer uses only coupons they claimed");
        }
    }

    /** An offer whose coupons, if any, the customer has not used. */
    public ShownOffer(Campaign campaign, int claimedByCustomer) {
        this(campaign, claimedByCustomer, 0);
    }

    /** A wallet coupon campaign: the customer claims a coupon to have its offer. */
    public boolean isClaimable() {
        return campaign.kind() == CampaignKind.WALLET_COUPON;
    }

    /**
     * The customer claimed as many of its coupons as one customer may, so they may claim no more: every claim counts,
     * whether the coupon is still to use, used or expired.
     */
    public boolean isClaimedToTheLimit() {
        return isClaimable() && claimedByCustomer >= campaign.usesPerCustomer();
    }

    /** The customer claimed to the limit and used every coupon they claimed: nothing of it is left for them. */
    public boolean isUsedUp() {
        return isClaimedToTheLimit() && usedByCustomer >= claimedByCustomer;
    }
}
