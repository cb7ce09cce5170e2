package org.hexmall.domain.promotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Prices an order with promotions: one pure function from the order, the wallet chosen, the campaigns and the
 * customer's coupons, the customer's history and the moment, to the breakdown the customer sees and the wallet is
 * asked to charge.
 * <ol>
 *   <li>Each campaign and coupon is first checked on its own (see {@link OfferEligibility}). Wallet coupon
 *       campaigns apply only through the coupons customers claimed from them.</li>
 *   <li>Of the offers left, the best combination for the customer is chosen (see {@link BestCombination}), with
 *       at most one offer per stacking group, applied item, then order, then payment method
 *       (see {@link CombinationPricer} and {@link OfferValuation}).</li>
 *   <li>Every offer not applied is listed with its reason.</li>
 * </ol>
 */
public final class Pricing {

    private Pricing() {
    }

    public static PriceBreakdown price(PricingRequest request) {
        List<Offer> candidates = new ArrayList<>();
        List<NotApplied> refused = new ArrayList<>();
        for (CampaignOffer offer : request.campaigns()) {
            Campaign campaign = offer.campaign();
            if (campaign.kind() == CampaignKind.WALLET_COUPON) {
                boolean claimed = request.coupons().stream()
                        .anyMatch(coupon -> coupon.campaignId().equals(Optional.of(campaign.id())));
                if (!claimed) {
                    refused.add(Offer.of(offer).notApplied(new NotAppliedReason.NotClaimed()));
                }
                continue;
            }
            Optional<NotAppliedReason> reason = OfferEligibility.ofCampaign(offer, request);
            if (reason.isPresent()) {
                refused.add(Offer.of(offer).notApplied(reason.get()));
            } else {
                candidates.add(Offer.of(offer));
            }
        }
        for (Coupon coupon : request.coupons()) {
            Optional<CampaignOffer> itsCampaign = request.campaigns().stream()
                    .filter(offer -> coupon.campaignId().equals(Optional.of(offer.campaign().id()))).findFirst();
            Offer offer = Offer.of(coupon, itsCampaign);
            Optional<NotAppliedReason> reason = OfferEligibility.ofCoupon(coupon, itsCampaign, request);
            if (reason.isPresent()) {
                refused.add(offer.notApplied(reason.get()));
            } else {
                candidates.add(offer);
            }
        }
        return BestCombination.choose(request, candidates, refused);
    }

    /**
     * The order priced with each of these wallets, in the same order: what the customer would pay, save and earn
     * with each, for the payment page.
     */
    public static List<PriceBreakdown> perWallet(PricingRequest request, List<WalletProvider> wallets) {
        return wallets.stream().map(wallet -> price(request.withWallet(wallet))).toList();
    }
}
