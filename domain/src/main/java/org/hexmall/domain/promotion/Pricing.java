package org.hexmall.domain.promotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Prices an order with promotions: one pure function from the order, the wallet chosen, the campaigns and the
 * customer's coupons, the customer's history and the moment, to the breakdown the customer sees and the wallet is
 * asked to charge. The rules, in plain words:
 * <ol>
 *   <li>A campaign counts only while it is running; a coupon only while it is usable. The wallet must be one the
 *       offer names; a first-payment offer needs a wallet the customer has never paid with; a new-customer offer a
 *       customer who has never paid; a campaign stops once the customer has had it as often as it allows. Wallet
 *       coupon campaigns apply only through the coupons customers claimed from them
 *       (see {@link OfferEligibility}).</li>
 *   <li>An order gets at most one offer per stacking group. Offers apply item first, then order, then payment
 *       method, each level on what the levels before left to pay. Minimum spend is checked on what the eligible
 *       lines come to at the start of the offer's level: exactly the minimum qualifies, one fen less does not. A
 *       discount is never more than what is left to pay on its lines, and is not given at all when it is more than
 *       what is left of its budget (see {@link OfferValuation}).</li>
 *   <li>Each discount is shared among its eligible lines in proportion to what each still has to pay, by the
 *       largest remainder in fen (ties to the earlier line): the lines always add up and never go below zero.</li>
 *   <li>Points spent (100 = ¥1, whole yuan, at most half the amount after discounts, within the balance) are
 *       shared among the lines the same way. Points are earned per whole yuan actually paid; the best multiplier
 *       adds its share on what its eligible lines pay (see {@link PointsPolicy}).</li>
 *   <li>Of all combinations, the one best for the customer wins: least amount after discounts, then most points,
 *       then most voucher value, then a stable order by id (see {@link BestCombination}).</li>
 *   <li>Every offer not applied is listed with its reason (see {@link NotAppliedReason}).</li>
 * </ol>
 */
public final class Pricing {

    private Pricing() {
    }

    /** The order priced with the request's wallet. */
    public static PriceBreakdown price(PricingRequest request) {
        List<Offer> candidates = new ArrayList<>();
        List<NotApplied> refused = new ArrayList<>();
        for (CampaignOffer offer : request.campaigns()) {
            Campaign campaign = offer.campaign();
            if (campaign.kind() == CampaignKind.WALLET_COUPON) {
                boolean claimed = request.coupons().stream()
                        .anyMatch(coupon -> coupon.campaignId().equals(Optional.of(campaign.id())));
                if (!claimed) {
                    CampaignStatus status = campaign.statusAt(request.now(), offer.budgetUsed());
                    refused.add(Offer.of(offer).notApplied(status == CampaignStatus.RUNNING
                            ? new NotAppliedReason.NotClaimed() : new NotAppliedReason.NotRunning(status)));
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
