package org.hexmall.domain.promotion;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.shared.Money;

/**
 * A campaign or a coupon seen the same way by pricing: where it applies, the group it competes in, its benefit and
 * conditions, and the budget it draws on. A campaign draws on its own budget; a claimed coupon on its campaign's
 * budget when that campaign is given to pricing; vouchers and compensation coupons were paid for when granted.
 *
 * @param budgetLeft     what the budget it draws on still allows; empty when it draws on none
 * @param isCampaignUse  true when applying it counts as one of the customer's uses of a campaign
 */
record Offer(OfferRef ref, String nameEn, String nameZh, PricingLevel level, StackingGroup group, Benefit benefit,
             Conditions conditions, Optional<Money> budgetLeft, boolean isCampaignUse) {

    Offer {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(budgetLeft, "budgetLeft");
    }

    static Offer of(CampaignOffer offer) {
        Campaign campaign = offer.campaign();
        return new Offer(new OfferRef.OfCampaign(campaign.id()), campaign.nameEn(), campaign.nameZh(),
                campaign.level(), campaign.stackingGroup(), campaign.benefit(), campaign.conditions(),
                Optional.of(offer.budgetLeft()), true);
    }

    static Offer of(Coupon coupon, Optional<CampaignOffer> itsCampaign) {
        Optional<Money> budgetLeft = coupon.origin() == CouponOrigin.CLAIMED
                ? itsCampaign.map(CampaignOffer::budgetLeft) : Optional.empty();
        return new Offer(new OfferRef.OfCoupon(coupon.id(), coupon.campaignId()), coupon.nameEn(), coupon.nameZh(),
                coupon.level(), coupon.stackingGroup(), coupon.benefit(), coupon.conditions(), budgetLeft, false);
    }

    /**
     * True when this and {@code other} are two coupons or vouchers the customer holds of the same offer: of one
     * campaign, or, for coupons customer service gave without a campaign, under the same names.
     */
    boolean isAnotherCouponOf(Offer other) {
        if (!(ref instanceof OfferRef.OfCoupon mine) || !(other.ref instanceof OfferRef.OfCoupon theirs)
                || mine.equals(theirs)) {
            return false;
        }
        if (mine.campaignId().isPresent() || theirs.campaignId().isPresent()) {
            return mine.campaignId().equals(theirs.campaignId());
        }
        return nameEn.equals(other.nameEn) && nameZh.equals(other.nameZh);
    }

    NotApplied notApplied(NotAppliedReason reason) {
        return new NotApplied(ref, nameEn, nameZh, reason);
    }
}
