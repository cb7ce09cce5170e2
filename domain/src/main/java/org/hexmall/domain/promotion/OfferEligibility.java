package org.hexmall.domain.promotion;

import java.util.Optional;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Whether an offer may be considered for this payment at all, before any amount is looked at: the campaign is
 * running (or the coupon usable), the wallet is one it names, the customer has not paid with this wallet before when
 * it is a first-payment offer, has never paid the store when it is for new customers, and has not reached the
 * campaign's per-customer limit.
 */
final class OfferEligibility {

    private OfferEligibility() {
    }

    static Optional<NotAppliedReason> ofCampaign(CampaignOffer offer, PricingRequest request) {
        Campaign campaign = offer.campaign();
        CampaignStatus status = campaign.statusAt(request.now(), offer.budgetUsed());
        if (status != CampaignStatus.RUNNING) {
            return Optional.of(new NotAppliedReason.NotRunning(status));
        }
        Optional<NotAppliedReason> walletOrCustomer = walletAndCustomer(campaign.conditions(), request);
        if (walletOrCustomer.isPresent()) {
            return walletOrCustomer;
        }
        if (offer.customerLimitReached()) {
            return Optional.of(new NotAppliedReason.CustomerLimitReached(campaign.usesPerCustomer()));
        }
        return Optional.empty();
    }

    /**
     * A coupon is considered while it is usable. A claimed coupon whose campaign a supervisor paused or ended early
     * is not: stopping a campaign stops its coupons too. A campaign whose window simply closed leaves claimed
     * coupons valid for their own validity.
     */
    static Optional<NotAppliedReason> ofCoupon(Coupon coupon, Optional<CampaignOffer> itsCampaign,
                                               PricingRequest request) {
        if (!coupon.isUsableAt(request.now())) {
            return Optional.of(new NotAppliedReason.CouponNotUsable(coupon.status(),
                    coupon.isExpiredAt(request.now())));
        }
        if (coupon.origin() == CouponOrigin.CLAIMED && itsCampaign.isPresent()) {
            Campaign campaign = itsCampaign.get().campaign();
            if (campaign.isPaused()) {
                return Optional.of(new NotAppliedReason.NotRunning(CampaignStatus.PAUSED));
            }
            if (campaign.endedAt().isPresent()) {
                return Optional.of(new NotAppliedReason.NotRunning(CampaignStatus.ENDED));
            }
        }
        return walletAndCustomer(coupon.conditions(), request);
    }

    private static Optional<NotAppliedReason> walletAndCustomer(Conditions conditions, PricingRequest request) {
        WalletProvider wallet = request.wallet();
        if (!conditions.acceptsWallet(wallet)) {
            return Optional.of(new NotAppliedReason.OtherWallet(conditions.wallets()));
        }
        if (conditions.firstPaymentWithWallet() && request.customer().walletsPaidWithBefore().contains(wallet)) {
            return Optional.of(new NotAppliedReason.FirstPaymentWithWalletMade(wallet));
        }
        if (conditions.newCustomersOnly() && request.customer().hasPaidBefore()) {
            return Optional.of(new NotAppliedReason.NewCustomersOnly());
        }
        return Optional.empty();
    }
}
