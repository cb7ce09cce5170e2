package org.hexmall.application.service.compensation.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationKind;

/**
 * Puts a granted or approved compensation in the customer's hands: the coupon in "My coupons" or the points in the
 * ledger, each with the agent's reason. Also decides which campaigns' coupons may be given.
 */
public final class CompensationDelivery {

    private final Campaigns campaigns;
    private final Coupons coupons;
    private final PointsLedger pointsLedger;
    private final RandomTokens tokens;

    public CompensationDelivery(Campaigns campaigns, Coupons coupons, PointsLedger pointsLedger,
                                RandomTokens tokens) {
        this.campaigns = campaigns;
        this.coupons = coupons;
        this.pointsLedger = pointsLedger;
        this.tokens = tokens;
    }

    /**
     * The campaign whose coupon an agent may give at {@code now}: a wallet coupon campaign that is running. Throws
     * {@link DomainException} {@code compensation.campaign-not-giveable} otherwise.
     */
    public Campaign giveableCampaign(CampaignId id, Instant now) {
        return campaigns.findById(id).filter(standing -> isGiveable(standing, now))
                .map(CampaignStanding::campaign)
                .orElseThrow(() -> new DomainException("compensation.campaign-not-giveable"));
    }

    /** The campaigns whose coupons agents may give now, in the order the checkout reads them. */
    public List<Campaign> giveableCampaigns(Instant now) {
        return campaigns.running(now).stream().filter(standing -> isGiveable(standing, now))
                .map(CampaignStanding::campaign).toList();
    }

    private static boolean isGiveable(CampaignStanding standing, Instant now) {
        // A compensation coupon draws on no budget, so a campaign whose budget is spent may still give one.
        CampaignStatus status = standing.statusAt(now);
        return standing.campaign().kind() == CampaignKind.WALLET_COUPON
                && (status == CampaignStatus.RUNNING || status == CampaignStatus.BUDGET_SPENT);
    }

    /** What a coupon of the campaign is worth, the measure of the daily limit: its amount off, or its cap. */
    public static Money valueOf(Campaign campaign) {
        return switch (campaign.benefit()) {
            case Benefit.AmountOff off -> off.amount();
            case Benefit.PercentOff off -> off.cap();
            default -> throw new DomainException("compensation.campaign-not-giveable");
        };
    }

    /**
     * Gives the customer what the compensation says, now; for a coupon, of {@code campaign}, read by
     * {@link #giveableCampaign} in the same transaction.
     */
    public void deliver(Compensation compensation, Optional<Campaign> campaign, Instant now) {
        if (compensation.kind() == CompensationKind.POINTS) {
            pointsLedger.append(List.of(new PointsEntry(compensation.customerId(), PointsEntryKind.COMPENSATION,
                    compensation.points(), Optional.empty(), compensation.reason(), now)));
            return;
        }
        coupons.add(Coupon.compensationFrom(new CouponId(tokens.uuid()), compensation.customerId(), campaign.orElseThrow(),
                compensation.reason(), now));
    }
}
