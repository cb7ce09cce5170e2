package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.jdbi.v3.core.statement.Update;

/** Campaigns in {@code campaigns}, one row each, with the part of the budget that payments used. */
public final class JdbiCampaigns implements Campaigns {

    static final String COLUMNS = """
            campaigns.id, name_en, name_zh, kind, wallets, minimum_spend_fen, categories, products,
            first_payment_with_wallet, new_customers_only, benefit_kind, amount_fen, percent_off, cap_fen,
            voucher_minimum_spend_fen, voucher_valid_days, points_factor, stacking_group, coupon_validity_days,
            starts_at, ends_at, budget_fen, budget_used_fen, uses_per_customer, paused, ended_at""";

    /** Open now, neither paused nor ended: what {@link #running} reads, and what a reservation needs. */
    static final String RUNNING_AT = """
            starts_at <= :now AND ends_at > :now AND paused = FALSE AND ended_at IS NULL""";

    private static final String INSERT = "INSERT INTO campaigns (id, name_en, name_zh, kind, "
            + PromotionColumns.CONDITION_COLUMNS + ", " + PromotionColumns.BENEFIT_COLUMNS + ", "
            + PromotionColumns.VOUCHER_COLUMNS + ", stacking_group, coupon_validity_days, starts_at, ends_at, "
            + "budget_fen, budget_used_fen, uses_per_customer, paused, ended_at, created_at) "
            + "VALUES (:id, :nameEn, :nameZh, :kind, " + PromotionColumns.CONDITION_VALUES + ", "
            + PromotionColumns.BENEFIT_VALUES + ", " + PromotionColumns.VOUCHER_VALUES + ", :stackingGroup, "
            + ":couponValidityDays, :startsAt, :endsAt, :budgetFen, 0, :usesPerCustomer, :paused, :endedAt, "
            + ":createdAt)";

    private final JdbiTransactionRunner transactions;

    JdbiCampaigns(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Campaign campaign, Instant createdAt) {
        UniqueValues.refusingDuplicates("campaign " + campaign.id(), () -> transactions.useCurrentHandle(handle -> {
            Update insert = handle.createUpdate(INSERT);
            PromotionColumns.bindConditions(insert, campaign.conditions());
            PromotionColumns.bindBenefit(insert, campaign.benefit(), true);
            insert.bind("id", campaign.id().toString())
                    .bind("nameEn", campaign.nameEn())
                    .bind("nameZh", campaign.nameZh())
                    .bind("kind", campaign.kind().name())
                    .bind("stackingGroup", campaign.stackingGroup().name())
                    .bind("couponValidityDays", campaign.couponValidityDays())
                    .bind("startsAt", utc(campaign.window().startsAt()))
                    .bind("endsAt", utc(campaign.window().endsAt()))
                    .bind("budgetFen", campaign.budget().fen())
                    .bind("usesPerCustomer", campaign.usesPerCustomer())
                    .bind("paused", campaign.isPaused())
                    .bind("endedAt", utc(campaign.endedAt().orElse(null)))
                    .bind("createdAt", utc(createdAt))
                    .execute();
        }));
    }

    @Override
    public boolean update(Campaign campaign) {
        return transactions.withCurrentHandle(handle -> handle.createUpdate("""
                        UPDATE campaigns
                        SET starts_at = :startsAt, ends_at = :endsAt, budget_fen = :budgetFen,
                            uses_per_customer = :usesPerCustomer, paused = :paused, ended_at = :endedAt
                        WHERE id = :id AND budget_used_fen <= :budgetFen""")
                .bind("id", campaign.id().toString())
                .bind("startsAt", utc(campaign.window().startsAt()))
                .bind("endsAt", utc(campaign.window().endsAt()))
                .bind("budgetFen", campaign.budget().fen())
                .bind("usesPerCustomer", campaign.usesPerCustomer())
                .bind("paused", campaign.isPaused())
                .bind("endedAt", utc(campaign.endedAt().orElse(null)))
                .execute()) == 1;
    }

    @Override
    public Optional<CampaignStanding> findById(CampaignId id) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM campaigns WHERE id = :id")
                .bind("id", id.toString())
                .map((row, context) -> standing(row))
                .findOne());
    }

    @Override
    public Optional<CampaignStanding> lockById(CampaignId id) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM campaigns WHERE id = :id FOR UPDATE")
                .bind("id", id.toString())
                .map((row, context) -> standing(row))
                .findOne());
    }

    @Override
    public Page<CampaignStanding> list(int page, int size) {
        return transactions.withCurrentHandle(handle -> {
            long total = handle.createQuery("SELECT COUNT(*) FROM campaigns").mapTo(Long.class).one();
            List<CampaignStanding> items = handle.createQuery("SELECT " + COLUMNS
                            + " FROM campaigns ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                    .bind("size", size)
                    .bind("offset", (long) (page - 1) * size)
                    .map((row, context) -> standing(row))
                    .list();
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public List<CampaignStanding> running(Instant now) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM campaigns WHERE " + RUNNING_AT + " ORDER BY starts_at, id")
                .bind("now", utc(now))
                .map((row, context) -> standing(row))
                .list());
    }

    static CampaignStanding standing(ResultSet row) throws SQLException {
        Campaign campaign = Campaign.reconstitute(new CampaignId(UUID.fromString(row.getString("id"))),
                row.getString("name_en"), row.getString("name_zh"), CampaignKind.valueOf(row.getString("kind")),
                PromotionColumns.conditions(row), PromotionColumns.benefit(row, true),
                new StackingGroup(row.getString("stacking_group")), row.getInt("coupon_validity_days"),
                new CampaignWindow(instant(row, "starts_at"), instant(row, "ends_at")),
                Money.ofFen(row.getLong("budget_fen")), row.getInt("uses_per_customer"), row.getBoolean("paused"),
                Optional.ofNullable(instant(row, "ended_at")));
        return new CampaignStanding(campaign, Money.ofFen(row.getLong("budget_used_fen")));
    }
}
