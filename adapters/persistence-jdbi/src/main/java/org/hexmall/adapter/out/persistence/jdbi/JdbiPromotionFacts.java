package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.CouponClaims;
import org.hexmall.application.port.out.persistence.PromotionFacts;
import org.hexmall.application.port.out.persistence.PromotionSnapshot;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The promotion facts in three statements: the running campaigns joined to the customer's uses and claims of them, the
 * customer's usable coupons, and the wallets of their successful payments with their points balance.
 */
public final class JdbiPromotionFacts implements PromotionFacts {

    private static final String RUNNING_WITH_USES = "SELECT " + JdbiCampaigns.COLUMNS + """
            , COALESCE(uses.uses, 0) AS customer_uses,
              COALESCE(claimed.claimed, 0) AS customer_claims, COALESCE(claimed.used, 0) AS customer_claims_used
            FROM campaigns
            LEFT JOIN promotion_customer_uses uses
                   ON uses.campaign_id = campaigns.id AND uses.customer_id = :customerId
            LEFT JOIN (SELECT campaign_id, COUNT(*) AS claimed,
                              SUM(CASE WHEN status = 'USED' THEN 1 ELSE 0 END) AS used
                       FROM coupons WHERE customer_id = :customerId AND claim_seq IS NOT NULL
                       GROUP BY campaign_id) claimed
                   ON claimed.campaign_id = campaigns.id
            WHERE\s""" + JdbiCampaigns.RUNNING_AT + " ORDER BY starts_at, campaigns.id";

    /** A row per wallet the customer paid with successfully, and one with their points balance (wallet NULL). */
    private static final String WALLETS_AND_POINTS = """
            SELECT provider AS wallet, CAST(0 AS BIGINT) AS points FROM payments
            WHERE customer_id = :customerId AND status = 'SUCCEEDED'
            GROUP BY provider
            UNION ALL
            SELECT CAST(NULL AS VARCHAR(24)), COALESCE(SUM(signed_points), 0) FROM points_ledger
            WHERE customer_id = :customerId""";

    private final JdbiTransactionRunner transactions;

    JdbiPromotionFacts(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private record Running(CampaignStanding standing, int customerUses, CouponClaims claims) {
    }

    private record WalletOrPoints(String wallet, long points) {
    }

    @Override
    public PromotionSnapshot snapshotFor(CustomerId customer, Instant now) {
        return transactions.withCurrentHandle(handle -> {
            List<Running> running = handle.createQuery(RUNNING_WITH_USES)
                    .bind("customerId", customer.toString())
                    .bind("now", utc(now))
                    .map((row, context) -> new Running(JdbiCampaigns.standing(row), row.getInt("customer_uses"),
                            new CouponClaims(row.getInt("customer_claims"), row.getInt("customer_claims_used"))))
                    .list();
            List<Coupon> coupons = JdbiCoupons.usable(handle, customer, now, MAX_COUPONS);
            List<WalletOrPoints> walletsAndPoints = handle.createQuery(WALLETS_AND_POINTS)
                    .bind("customerId", customer.toString())
                    .map((row, context) -> new WalletOrPoints(row.getString("wallet"), row.getLong("points")))
                    .list();
            List<Campaign> campaigns = new ArrayList<>();
            Map<CampaignId, Money> budgetUsed = new HashMap<>();
            Map<CampaignId, Integer> uses = new HashMap<>();
            Map<CampaignId, CouponClaims> claims = new HashMap<>();
            for (Running campaign : running) {
                CampaignId id = campaign.standing().campaign().id();
                campaigns.add(campaign.standing().campaign());
                budgetUsed.put(id, campaign.standing().budgetUsed());
                if (campaign.customerUses() > 0) {
                    uses.put(id, campaign.customerUses());
                }
                if (campaign.claims().claimed() > 0) {
                    claims.put(id, campaign.claims());
                }
            }
            Set<WalletProvider> wallets = EnumSet.noneOf(WalletProvider.class);
            long points = 0;
            for (WalletOrPoints fact : walletsAndPoints) {
                if (fact.wallet() == null) {
                    points = fact.points();
                } else {
                    wallets.add(WalletProvider.valueOf(fact.wallet()));
                }
            }
            return new PromotionSnapshot(campaigns, budgetUsed, uses, coupons, wallets, !wallets.isEmpty(), points,
                    claims);
        });
    }
}
