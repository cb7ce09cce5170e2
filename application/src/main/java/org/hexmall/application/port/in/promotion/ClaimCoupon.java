package org.hexmall.application.port.in.promotion;

import java.util.Optional;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;

/**
 * A customer claims (领取) a coupon of a running wallet coupon campaign, from the promotions page, a product page or
 * the API. The coupon is valid from now for the campaign's number of days. A customer holds at most the campaign's
 * uses per customer, however many claims arrive at once.
 */
public interface ClaimCoupon {

    /**
     * @param key sent again with the same campaign, answers what the first claim answered instead of claiming again
     */
    ClaimResult claim(CustomerId customer, CampaignId campaign, Optional<IdempotencyKey> key);
}
