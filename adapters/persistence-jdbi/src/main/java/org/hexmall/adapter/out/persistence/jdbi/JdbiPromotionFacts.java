package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The promotion facts in two statements: the customer's points balance and the wallets of their successful payments,
 * joined to the running campaigns with the customer's uses and claims of them (one row with no campaign when none
 * runs); and the customer's usable coupons.
 */
public final class JdbiPromotionFacts implements PromotionFacts {

    /** A column per wallet, 1 when the customer paid with it successfully: {@code paid_alipay}, ... */
    private static final Map<WalletProvider, String> PAID_WITH = paidWithColumns();

    private static final String FACTS_AND_RUNNING = "SELECT balance.points, "
            + String.join(", ", PAID_WITH.values()) + ", " + JdbiCampaigns.COLUMNS + """
            , COALESCE(uses.uses, 0) AS customer_uses,
              COALESCE(claimed.claimed, 0) AS customer_claims, COALESCE(claimed.used, 0) AS customer_claims_used
            FROM (SELECT COALESCE(SUM(signed_points), 0) AS points FROM points_ledger
                  WHERE customer_id = :customerId) balance
            CROSS JOIN (SELECT\s""" + paidWithAggregates() + """
                         FROM payments WHERE customer_id = :customerId AND status = 'SUCCEEDED') paid
            LEFT JOIN campaigns ON\s""" + JdbiCampaigns.RUNNING_AT + """

            LEFT JOIN promotion_customer_uses uses
                   ON uses.campaign_id = campaigns.id AND uses.customer_id = :customerId
            LEFT JOIN (SELECT campaign_id, COUNT(*) AS claimed,
                              SUM(CASE WHEN status = 'USED' THEN 1 ELSE 0 END) AS used
                       FROM coupons WHERE customer_id = :customerId AND claim_seq IS NOT NULL
                       GROUP BY campaign_id) claimed
                   ON claimed.campaign_id = campaigns.id
            ORDER BY campaigns.starts_at, campaigns.id""";

    private final JdbiTransactionRunner transactions;

    JdbiPromotionFacts(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    private record Running(CampaignStanding standing, int customerUses, CouponClaims claims) {
    }

    /** One row's reading: the facts on every row, and the campaign it carries unless none runs. */
    private record FactsRow(long points, Set<WalletProvider> wallets, Optional<Running> running) {
    }

    @Override
    public PromotionSnapshot snapshotFor(CustomerId customer, Instant now) {
        return transactions.withCurrentHandle(handle -> {
            List<FactsRow> rows = handle.createQuery(FACTS_AND_RUNNING)
                    .bind("customerId", customer.toString())
                    .bind("now", utc(now))
                    .map((row, context) -> new FactsRow(row.getLong("points"), paidWith(row),
                            row.getString("id") == null ? Optional.empty()
                                    : Optional.of(new Running(JdbiCampaigns.standing(row), row.getInt("customer_uses"),
                                    new CouponClaims(row.getInt("customer_claims"),
                                            row.getInt("customer_claims_used"))))))
                    .list();
            List<Coupon> coupons = JdbiCoupons.usable(handle, customer, now, MAX_COUPONS);
            List<Running> running = rows.stream().flatMap(row -> row.running().stream()).toList();
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
            Set<WalletProvider> wallets = rows.getFirst().wallets();
            long points = rows.getFirst().points();
            return new PromotionSnapshot(campaigns, budgetUsed, uses, coupons, wallets, !wallets.isEmpty(), points,
                    claims);
        });
    }

    private static Map<WalletProvider, String> paidWithColumns() {
        Map<WalletProvider, String> columns = new EnumMap<>(WalletProvider.class);
        for (WalletProvider wallet : WalletProvider.values()) {
            columns.put(wallet, "paid_" + wallet.name().toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    private static String paidWithAggregates() {
        return PAID_WITH.entrySet().stream()
                .map(wallet -> "COALESCE(MAX(CASE WHEN provider = '" + wallet.getKey().name()
                        + "' THEN 1 ELSE 0 END), 0) AS " + wallet.getValue())
                .collect(Collectors.joining(", "));
    }

    private static Set<WalletProvider> paidWith(ResultSet row) throws SQLException {
        Set<WalletProvider> wallets = EnumSet.noneOf(WalletProvider.class);
        for (Map.Entry<WalletProvider, String> wallet : PAID_WITH.entrySet()) {
            if (row.getInt(wallet.getValue()) == 1) {
                wallets.add(wallet.getKey());
            }
        }
        return wallets;
    }
}
