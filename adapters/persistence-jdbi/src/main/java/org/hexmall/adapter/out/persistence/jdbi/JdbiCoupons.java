package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.CouponShelf;
import org.hexmall.application.port.out.persistence.CouponClaims;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.CouponOrigin;
import org.hexmall.domain.promotion.CouponStatus;
import org.hexmall.domain.promotion.PricingLevel;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Page;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * Coupons in {@code coupons}, one row each. A customer's claims of one campaign are numbered, and the unique key on
 * the number lets only one of two concurrent claims have it.
 */
public final class JdbiCoupons implements Coupons {

    static final String COLUMNS = """
            id, customer_id, origin, campaign_id, granted_for, name_en, name_zh, benefit_kind, amount_fen, percent_off,
            cap_fen, wallets, minimum_spend_fen, categories, products, first_payment_with_wallet, new_customers_only,
            pricing_level, stacking_group, valid_from, valid_until, status, reserved_for, status_changed_at, note""";

    /** What the checkout can use: available and within the validity. */
    static final String USABLE_AT = "status = 'AVAILABLE' AND valid_from <= :now AND valid_until > :now";

    private static final String CLAIM_SAVEPOINT = "before_claim";

    private static final String VALUES = "(id, customer_id, origin, campaign_id, claim_seq, granted_for, name_en, "
            + "name_zh, " + PromotionColumns.BENEFIT_COLUMNS + ", " + PromotionColumns.CONDITION_COLUMNS
            + ", pricing_level, stacking_group, valid_from, valid_until, status, reserved_for, status_changed_at, note)";
    private static final String PARAMETERS = ":id, :customerId, :origin, :campaignId, %s, :grantedFor, :nameEn, "
            + ":nameZh, " + PromotionColumns.BENEFIT_VALUES + ", " + PromotionColumns.CONDITION_VALUES
            + ", :level, :stackingGroup, :validFrom, :validUntil, :status, :reservedFor, :statusChangedAt, :note";

    /** A claim takes the next number, unless the customer's claims have reached the limit. */
    private static final String CLAIM = "INSERT INTO coupons " + VALUES + " SELECT "
            + PARAMETERS.formatted("counted.claimed + 1")
            + """
             FROM (SELECT COUNT(*) AS claimed FROM coupons
                   WHERE customer_id = :customerId AND campaign_id = :campaignId AND claim_seq IS NOT NULL) counted
            WHERE counted.claimed < :limit""";

    private static final String ADD = "INSERT INTO coupons " + VALUES + " VALUES ("
            + PARAMETERS.formatted("NULL") + ")";

    private final JdbiTransactionRunner transactions;

    JdbiCoupons(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean claim(Coupon claimed, int limit) {
        if (claimed.origin() != CouponOrigin.CLAIMED) {
            throw new IllegalArgumentException("only a claimed coupon is claimed");
        }
        return transactions.withCurrentHandle(handle -> {
            boolean inTransaction = handle.isInTransaction();
            if (inTransaction) {
                handle.savepoint(CLAIM_SAVEPOINT);
            }
            try {
                int inserted = bind(handle.createUpdate(CLAIM), claimed).bind("limit", limit).execute();
                if (inTransaction) {
                    handle.releaseSavepoint(CLAIM_SAVEPOINT);
                }
                return inserted == 1;
            } catch (UnableToExecuteStatementException failure) {
                if (!UniqueValues.isUniqueViolation(failure)) {
                    throw failure;
                }
                // Another claim took the same number at the same time; the customer is at the limit or
                // may claim again, and either way this claim is not stored.
                if (inTransaction) {
                    handle.rollbackToSavepoint(CLAIM_SAVEPOINT);
                }
                return false;
            }
        });
    }

    @Override
    public void add(Coupon coupon) {
        if (coupon.origin() == CouponOrigin.CLAIMED) {
            throw new IllegalArgumentException("a claimed coupon is stored by claim");
        }
        UniqueValues.refusingDuplicates("coupon " + coupon.id(), () -> transactions.useCurrentHandle(handle ->
                bind(handle.createUpdate(ADD), coupon).execute()));
    }

    private static Update bind(Update statement, Coupon coupon) {
        PromotionColumns.bindConditions(statement, coupon.conditions());
        PromotionColumns.bindBenefit(statement, coupon.benefit(), false);
        return statement.bind("id", coupon.id().toString())
                .bind("customerId", coupon.customerId().toString())
                .bind("origin", coupon.origin().name())
                .bind("campaignId", coupon.campaignId().map(CampaignId::toString).orElse(null))
                .bind("grantedFor", coupon.grantedFor().map(PaymentId::toString).orElse(null))
                .bind("nameEn", coupon.nameEn())
                .bind("nameZh", coupon.nameZh())
                .bind("level", coupon.level().name())
                .bind("stackingGroup", coupon.stackingGroup().name())
                .bind("validFrom", utc(coupon.validFrom()))
                .bind("validUntil", utc(coupon.validUntil()))
                .bind("status", coupon.status().name())
                .bind("reservedFor", coupon.reservedFor().map(PaymentId::toString).orElse(null))
                .bind("statusChangedAt", utc(coupon.statusChangedAt()))
                .bind("note", coupon.note());
    }

    @Override
    public void update(Coupon coupon) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        UPDATE coupons SET status = :status, reserved_for = :reservedFor,
                                           status_changed_at = :statusChangedAt
                        WHERE id = :id""")
                .bind("id", coupon.id().toString())
                .bind("status", coupon.status().name())
                .bind("reservedFor", coupon.reservedFor().map(PaymentId::toString).orElse(null))
                .bind("statusChangedAt", utc(coupon.statusChangedAt()))
                .execute());
    }

    @Override
    public Optional<Coupon> findById(CouponId id) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM coupons WHERE id = :id")
                .bind("id", id.toString())
                .map((row, context) -> coupon(row))
                .findOne());
    }

    @Override
    public List<Coupon> lockByIds(Collection<CouponId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // In the ids' order, so that two payments locking the same coupons never wait for each other in a circle.
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM coupons WHERE id IN (<ids>) ORDER BY id FOR UPDATE")
                .bindList("ids", ids.stream().map(CouponId::toString).distinct().sorted().toList())
                .map((row, context) -> coupon(row))
                .list());
    }

    @Override
    public Page<Coupon> ofCustomer(CustomerId customerId, CouponShelf shelf, Instant now, int page, int size) {
        String where = " WHERE customer_id = :customerId AND " + switch (shelf) {
            case AVAILABLE -> "status IN ('AVAILABLE', 'RESERVED') AND valid_until > :now";
            case USED -> "status = 'USED'";
            case EXPIRED -> "(status = 'WITHDRAWN' OR (status = 'AVAILABLE' AND valid_until <= :now))";
        };
        long offset = (long) (page - 1) * size;
        return transactions.withCurrentHandle(handle -> {
            List<Coupon> items = bindShelf(handle.createQuery("SELECT " + COLUMNS + " FROM coupons" + where
                            + " ORDER BY valid_from DESC, id LIMIT :size OFFSET :offset"), customerId, shelf, now)
                    .bind("size", size)
                    .bind("offset", offset)
                    .map((row, context) -> coupon(row))
                    .list();
            // A page that is not full, and not beyond the last, is the last: the total needs no second count.
            boolean lastPage = items.size() < size && (!items.isEmpty() || offset == 0);
            long total = lastPage ? offset + items.size()
                    : bindShelf(handle.createQuery("SELECT COUNT(*) FROM coupons" + where), customerId, shelf, now)
                            .mapTo(Long.class).one();
            return new Page<>(items, page, size, total);
        });
    }

    private static Query bindShelf(Query query, CustomerId customerId, CouponShelf shelf, Instant now) {
        query.bind("customerId", customerId.toString());
        if (shelf != CouponShelf.USED) {
            query.bind("now", utc(now));
        }
        return query;
    }

    @Override
    public List<Coupon> usableBy(CustomerId customerId, Instant now, int limit) {
        return transactions.withCurrentHandle(handle -> usable(handle, customerId, now, limit));
    }

    /** The customer's usable coupons, soonest to expire first: one statement, shared with the promotion facts. */
    static List<Coupon> usable(Handle handle, CustomerId customerId, Instant now, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM coupons WHERE customer_id = :customerId AND "
                        + USABLE_AT + " ORDER BY valid_until, id LIMIT :limit")
                .bind("customerId", customerId.toString())
                .bind("now", utc(now))
                .bind("limit", limit)
                .map((row, context) -> coupon(row))
                .list();
    }

    @Override
    public List<Coupon> heldBy(PaymentId payment) {
        return byPayment("reserved_for", payment);
    }

    @Override
    public List<Coupon> grantedFor(PaymentId payment) {
        return byPayment("granted_for", payment);
    }

    private List<Coupon> byPayment(String column, PaymentId payment) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM coupons WHERE " + column + " = :payment ORDER BY valid_from, id")
                .bind("payment", payment.toString())
                .map((row, context) -> coupon(row))
                .list());
    }

    @Override
    public Map<CampaignId, CouponClaims> claims(CustomerId customerId, Collection<CampaignId> campaigns) {
        if (campaigns.isEmpty()) {
            return Map.of();
        }
        Map<CampaignId, CouponClaims> claims = new HashMap<>();
        transactions.useCurrentHandle(handle -> handle.createQuery("""
                        SELECT campaign_id, COUNT(*) AS claimed,
                               SUM(CASE WHEN status = 'USED' THEN 1 ELSE 0 END) AS used FROM coupons
                        WHERE customer_id = :customerId AND campaign_id IN (<campaigns>) AND claim_seq IS NOT NULL
                        GROUP BY campaign_id""")
                .bind("customerId", customerId.toString())
                .bindList("campaigns", campaigns.stream().map(CampaignId::toString).distinct().toList())
                .map((row, context) -> Map.entry(new CampaignId(UUID.fromString(row.getString("campaign_id"))),
                        new CouponClaims(row.getInt("claimed"), row.getInt("used"))))
                .forEach(entry -> claims.put(entry.getKey(), entry.getValue())));
        return Map.copyOf(claims);
    }

    static Coupon coupon(ResultSet row) throws SQLException {
        Benefit benefit = PromotionColumns.benefit(row, false);
        return Coupon.reconstitute(new CouponId(UUID.fromString(row.getString("id"))),
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                CouponOrigin.valueOf(row.getString("origin")),
                Optional.ofNullable(row.getString("campaign_id")).map(UUID::fromString).map(CampaignId::new),
                Optional.ofNullable(row.getString("granted_for")).map(UUID::fromString).map(PaymentId::new),
                row.getString("name_en"), row.getString("name_zh"), benefit, PromotionColumns.conditions(row),
                PricingLevel.valueOf(row.getString("pricing_level")),
                new StackingGroup(row.getString("stacking_group")),
                instant(row, "valid_from"), instant(row, "valid_until"),
                CouponStatus.valueOf(row.getString("status")),
                Optional.ofNullable(row.getString("reserved_for")).map(UUID::fromString).map(PaymentId::new),
                instant(row, "status_changed_at"), row.getString("note"));
    }
}
