package org.hexmall.application.port.in.promotion;

import java.util.Objects;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignKind;

/**
 * A running offer as a page shows it: the campaign (its name, its one-line offer and when it ends), and for a wallet
 * coupon campaign how many of its coupons the customer already holds.
 *
 * @param claimedByCustomer coupons the customer claimed from it; 0 when nobody is signed in or nothing was read
 */
public record ShownOffer(Campaign campaign, int claimedByCustomer) {

    public ShownOffer {
        Objects.requireNonNull(campaign, "campaign");
        if (claimedByCustomer < 0) {
            throw new IllegalArgumentException("claims are never negative");
        }
    }

    /** A wallet coupon campaign: the customer claims a coupon to have its offer. */
    public boolean isClaimable() {
        return campaign.kind() == CampaignKind.WALLET_COUPON;
    }

    /** The customer holds as many of its coupons as one customer may. */
    public boolean isClaimedToTheLimit() {
        return isClaimable() && claimedByCustomer >= campaign.usesPerCustomer();
    }
}
