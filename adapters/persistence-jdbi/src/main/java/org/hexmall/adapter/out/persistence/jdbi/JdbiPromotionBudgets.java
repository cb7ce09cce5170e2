package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Budgets as {@code campaigns.budget_used_fen}, each customer's uses in {@code promotion_customer_uses}, and every
 * reservation in {@code promotion_redemptions}. No lock is taken apart from the rows a reservation changes: the
 * conditional update of a campaign's row ("only if the amount still fits") and of the customer's row ("only if
 * under the limit") decide, and a payment that waits for another's row sees its outcome before deciding.
 * Reservations change campaigns in the order of their ids, so two payments never wait for each other in a circle.
 */
public final class JdbiPromotionBudgets implements PromotionBudgets {

    private static final String USE_SAVEPOINT = "before_first_use";

    private static final String REDEMPTION_COLUMNS = """
            campaign_id, payment_id, customer_id, amount_fen, state, reserved_at, settled_at, reversed_fen,
            reversed_at""";
    /**
     * A campaign's redemptions with the order each payment is for, in the same query: {@code r} the redemptions,
     * outer-joined to their payment and its order, so that a redemption whose payment is not stored is listed too.
     */
    private static final String LISTED_FROM = """
            SELECT r.campaign_id, r.payment_id, r.customer_id, r.amount_fen, r.state, r.reserved_at, r.settled_at,
                   r.reversed_fen, r.reversed_at, o.id AS order_id, o.order_number
            FROM promotion_redemptions r
            LEFT JOIN payments p ON p.id = r.payment_id
            LEFT JOIN orders o ON o.id = p.order_id
            """;

    private final JdbiTransactionRunner transactions;

    JdbiPromotionBudgets(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public ReservationResult reserve(PaymentId payment, CustomerId customer, List<Claim> claims, Instant now) {
        List<Claim> inOrder = inCampaignOrder(claims);
        if (inOrder.isEmpty()) {
            return new Reserved();
        }
        return transactions.inTransaction(() -> transactions.withCurrentHandle(handle -> {
            List<Claim> taken = new ArrayList<>();
            for (Claim claim : inOrder) {
                if (!takeBudget(handle, claim, now)) {
                    giveBack(handle, customer, taken);
                    return new Refused(claim.campaign(), whyRefused(handle, claim.campaign(), now));
                }
                if (claim.countsAsUse() && !takeUse(handle, customer, claim)) {
                    giveBackBudget(handle, claim);
                    giveBack(handle, customer, taken);
                    return new Refused(claim.campaign(), Refusal.CUSTOMER_LIMIT_REACHED);
                }
                taken.add(claim);
            }
            PreparedBatch redemptions = handle.prepareBatch("""
                    INSERT INTO promotion_redemptions (campaign_id, payment_id, customer_id, amount_fen, state,
                                                       reserved_at, reversed_fen, counts_as_use)
                    VALUES (:campaignId, :paymentId, :customerId, :amountFen, 'RESERVED', :now, 0, :countsAsUse)""");
            for (Claim claim : taken) {
                redemptions.bind("campaignId", claim.campaign().toString())
                        .bind("paymentId", payment.toString())
                        .bind("customerId", customer.toString())
                        .bind("amountFen", claim.amount().fen())
                        .bind("now", utc(now))
                        .bind("countsAsUse", claim.countsAsUse())
                        .add();
            }
            redemptions.execute();
            return new Reserved();
        }));
    }

    private static List<Claim> inCampaignOrder(List<Claim> claims) {
        Set<CampaignId> seen = new HashSet<>();
        for (Claim claim : claims) {
            if (!seen.add(claim.campaign())) {
                throw new IllegalArgumentException("a payment claims each campaign once: " + claim.campaign());
            }
        }
        return claims.stream().sorted(Comparator.comparing(claim -> claim.campaign().toString())).toList();
    }

    private static boolean takeBudget(Handle handle, Claim claim, Instant now) {
        return handle.createUpdate("""
                        UPDATE campaigns SET budget_used_fen = budget_used_fen + :amount
                        WHERE id = :id AND budget_used_fen + :amount <= budget_fen AND\s"""
                        + JdbiCampaigns.RUNNING_AT)
                .bind("id", claim.campaign().toString())
                .bind("amount", claim.amount().fen())
                .bind("now", utc(now))
                .execute() == 1;
    }

    /** Read only when a claim was refused, to tell the customer why. */
    private static Refusal whyRefused(Handle handle, CampaignId campaign, Instant now) {
        boolean running = handle.createQuery("SELECT COUNT(*) FROM campaigns WHERE id = :id AND "
                        + JdbiCampaigns.RUNNING_AT)
                .bind("id", campaign.toString())
                .bind("now", utc(now))
                .mapTo(Integer.class)
                .one() == 1;
        return running ? Refusal.BUDGET_SPENT : Refusal.NOT_RUNNING;
    }

    /**
     * Takes one of the customer's uses of the campaign: an update under the limit, or, the first time, an insert. An
     * insert that another payment of the customer's beat is refused by the primary key; the update then decides.
     */
    private static boolean takeUse(Handle handle, CustomerId customer, Claim claim) {
        if (incrementUses(handle, customer, claim) == 1) {
            return true;
        }
        boolean inserted = UniqueValues.insertedUnlessTaken(handle, USE_SAVEPOINT, () -> handle.createUpdate("""
                        INSERT INTO promotion_customer_uses (campaign_id, customer_id, uses)
                        VALUES (:campaignId, :customerId, 1)""")
                .bind("campaignId", claim.campaign().toString())
                .bind("customerId", customer.toString())
                .execute());
        return inserted || incrementUses(handle, customer, claim) == 1;
    }

    private static int incrementUses(Handle handle, CustomerId customer, Claim claim) {
        return handle.createUpdate("""
                        UPDATE promotion_customer_uses SET uses = uses + 1
                        WHERE customer_id = :customerId AND campaign_id = :campaignId AND uses < :limit""")
                .bind("customerId", customer.toString())
                .bind("campaignId", claim.campaign().toString())
                .bind("limit", claim.usesPerCustomer())
                .execute();
    }

    /** Undoes claims this transaction took; their rows are locked by it, so nothing came between. */
    private static void giveBack(Handle handle, CustomerId customer, List<Claim> taken) {
        for (Claim claim : taken) {
            giveBackBudget(handle, claim.campaign(), claim.amount().fen());
            if (claim.countsAsUse()) {
                giveBackUse(handle, customer, claim.campaign());
            }
        }
    }

    private static void giveBackBudget(Handle handle, Claim claim) {
        giveBackBudget(handle, claim.campaign(), claim.amount().fen());
    }

    private static void giveBackBudget(Handle handle, CampaignId campaign, long amountFen) {
        handle.createUpdate("UPDATE campaigns SET budget_used_fen = budget_used_fen - :amount WHERE id = :id")
                .bind("id", campaign.toString())
                .bind("amount", amountFen)
                .execute();
    }

    private static void giveBackUse(Handle handle, CustomerId customer, CampaignId campaign) {
        handle.createUpdate("""
                        UPDATE promotion_customer_uses SET uses = uses - 1
                        WHERE customer_id = :customerId AND campaign_id = :campaignId AND uses > 0""")
                .bind("customerId", customer.toString())
                .bind("campaignId", campaign.toString())
                .execute();
    }

    @Override
    public boolean commit(PaymentId payment, Instant now) {
        return transactions.withCurrentHandle(handle -> handle.createUpdate("""
                        UPDATE promotion_redemptions SET state = 'COMMITTED', settled_at = :now
                        WHERE payment_id = :paymentId AND state = 'RESERVED'""")
                .bind("paymentId", payment.toString())
                .bind("now", utc(now))
                .execute()) > 0;
    }

    private record Held(long id, CampaignId campaign, CustomerId customer, long amountFen, boolean countsAsUse) {
    }

    @Override
    public boolean release(PaymentId payment, Instant now) {
        return transactions.inTransaction(() -> transactions.withCurrentHandle(handle -> {
            List<Held> held = handle.createQuery("""
                            SELECT id, campaign_id, customer_id, amount_fen, counts_as_use
                            FROM promotion_redemptions
                            WHERE payment_id = :paymentId AND state = 'RESERVED'
                            ORDER BY campaign_id
                            FOR UPDATE""")
                    .bind("paymentId", payment.toString())
                    .map((row, context) -> new Held(row.getLong("id"), campaignId(row),
                            new CustomerId(UUID.fromString(row.getString("customer_id"))), row.getLong("amount_fen"),
                            row.getBoolean("counts_as_use")))
                    .list();
            boolean released = false;
            for (Held redemption : held) {
                // Only the release that moves the row gives its budget back, however many run at once.
                boolean moved = handle.createUpdate("""
                                UPDATE promotion_redemptions SET state = 'RELEASED', settled_at = :now
                                WHERE id = :id AND state = 'RESERVED'""")
                        .bind("id", redemption.id())
                        .bind("now", utc(now))
                        .execute() == 1;
                if (moved) {
                    giveBackBudget(handle, redemption.campaign(), redemption.amountFen());
                    if (redemption.countsAsUse()) {
                        giveBackUse(handle, redemption.customer(), redemption.campaign());
                    }
                    released = true;
                }
            }
            return released;
        }));
    }

    @Override
    public boolean recordReversal(PaymentId payment, CampaignId campaign, Money amount, Instant now) {
        return transactions.withCurrentHandle(handle -> handle.createUpdate("""
                        UPDATE promotion_redemptions SET reversed_fen = reversed_fen + :amount, reversed_at = :now
                        WHERE payment_id = :paymentId AND campaign_id = :campaignId AND state = 'COMMITTED'
                          AND reversed_fen + :amount <= amount_fen""")
                .bind("paymentId", payment.toString())
                .bind("campaignId", campaign.toString())
                .bind("amount", amount.fen())
                .bind("now", utc(now))
                .execute()) == 1;
    }

    @Override
    public Money used(CampaignId campaign) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT budget_used_fen FROM campaigns WHERE id = :id")
                .bind("id", campaign.toString())
                .mapTo(Long.class)
                .findOne()
                .map(Money::ofFen)
                .orElse(Money.ZERO));
    }

    @Override
    public Map<CampaignId, Integer> customerUses(CustomerId customer, Set<CampaignId> campaigns) {
        if (campaigns.isEmpty()) {
            return Map.of();
        }
        Map<CampaignId, Integer> uses = new HashMap<>();
        transactions.useCurrentHandle(handle -> handle.createQuery("""
                        SELECT campaign_id, uses FROM promotion_customer_uses
                        WHERE customer_id = :customerId AND campaign_id IN (<campaigns>) AND uses > 0""")
                .bind("customerId", customer.toString())
                .bindList("campaigns", campaigns.stream().map(CampaignId::toString).toList())
                .map((row, context) -> Map.entry(campaignId(row), row.getInt("uses")))
                .forEach(entry -> uses.put(entry.getKey(), entry.getValue())));
        return Map.copyOf(uses);
    }

    @Override
    public List<SpendingBucket> spendingOverTime(CampaignId campaign, Instant from, Instant to, Duration bucket) {
        int buckets = bucketCount(from, to, bucket);
        long[] spent = new long[buckets];
        BigDecimal fromSecond = BigDecimal.valueOf(from.getEpochSecond()).add(BigDecimal.valueOf(from.getNano(), 9));
        // Whole microseconds since from, divided as whole numbers: exact on both databases, with no rounding.
        transactions.useCurrentHandle(handle -> handle.createQuery("""
                        SELECT bucket, SUM(amount_fen) AS spent
                        FROM (SELECT elapsed / :bucketMicros AS bucket, amount_fen
                              FROM (SELECT CAST(FLOOR((EXTRACT(EPOCH FROM settled_at) - :fromSecond) * 1000000)
                                                AS BIGINT) AS elapsed,
                                           amount_fen
                                    FROM promotion_redemptions
                                    WHERE campaign_id = :campaignId AND state = 'COMMITTED'
                                      AND settled_at >= :from AND settled_at < :to) timed) bucketed
                        GROUP BY bucket""")
                .bind("campaignId", campaign.toString())
                .bind("fromSecond", fromSecond)
                .bind("bucketMicros", bucket.toSeconds() * 1_000_000)
                .bind("from", utc(from))
                .bind("to", utc(to))
                .map((row, context) -> new long[] {row.getLong("bucket"), row.getLong("spent")})
                .forEach(pair -> spent[(int) Math.clamp(pair[0], 0, buckets - 1)] += pair[1]));
        List<SpendingBucket> result = new ArrayList<>(buckets);
        for (int index = 0; index < buckets; index++) {
            result.add(new SpendingBucket(from.plus(bucket.multipliedBy(index)), Money.ofFen(spent[index])));
        }
        return result;
    }

    /** How many intervals of {@code bucket} cover the time from {@code from} up to {@code to}. */
    private static int bucketCount(Instant from, Instant to, Duration bucket) {
        if (bucket.toSeconds() < 1 || !to.isAfter(from)) {
            throw new IllegalArgumentException("a chart spans some time, in intervals of a second or more");
        }
        long seconds = Duration.between(from, to).toSeconds();
        long count = (seconds + bucket.toSeconds() - 1) / bucket.toSeconds();
        if (count > MAX_INTERVALS) {
            throw new IllegalArgumentException("at most " + MAX_INTERVALS + " intervals, not " + count);
        }
        return (int) Math.max(1, count);
    }

    @Override
    public Page<ListedRedemption> redemptions(CampaignId campaign, int page, int size) {
        return transactions.withCurrentHandle(handle -> {
            long total = handle.createQuery("SELECT COUNT(*) FROM promotion_redemptions WHERE campaign_id = :id")
                    .bind("id", campaign.toString())
                    .mapTo(Long.class)
                    .one();
            List<ListedRedemption> items = handle.createQuery(LISTED_FROM + """
                            WHERE r.campaign_id = :id
                            ORDER BY r.reserved_at DESC, r.id DESC LIMIT :size OFFSET :offset""")
                    .bind("id", campaign.toString())
                    .bind("size", size)
                    .bind("offset", (long) (page - 1) * size)
                    .map((row, context) -> listed(row))
                    .list();
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public Page<ListedRedemption> reversals(CampaignId campaign, int page, int size) {
        return transactions.withCurrentHandle(handle -> {
            long total = handle.createQuery(
                            "SELECT COUNT(*) FROM promotion_redemptions WHERE campaign_id = :id AND reversed_fen > 0")
                    .bind("id", campaign.toString())
                    .mapTo(Long.class)
                    .one();
            List<ListedRedemption> items = handle.createQuery(LISTED_FROM + """
                            WHERE r.campaign_id = :id AND r.reversed_fen > 0
                            ORDER BY r.reversed_at DESC, r.payment_id LIMIT :size OFFSET :offset""")
                    .bind("id", campaign.toString())
                    .bind("size", size)
                    .bind("offset", (long) (page - 1) * size)
                    .map((row, context) -> listed(row))
                    .list();
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public List<Redemption> ofPayment(PaymentId payment) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("SELECT " + REDEMPTION_COLUMNS
                        + " FROM promotion_redemptions WHERE payment_id = :paymentId ORDER BY campaign_id")
                .bind("paymentId", payment.toString())
                .map((row, context) -> redemption(row))
                .list());
    }

    private static ListedRedemption listed(ResultSet row) throws SQLException {
        String orderId = row.getString("order_id");
        return new ListedRedemption(redemption(row), orderId == null ? Optional.empty()
                : Optional.of(new PaidOrder(new OrderId(UUID.fromString(orderId)),
                        new OrderNumber(row.getString("order_number")))));
    }

    private static Redemption redemption(ResultSet row) throws SQLException {
        return new Redemption(campaignId(row), new PaymentId(UUID.fromString(row.getString("payment_id"))),
                new CustomerId(UUID.fromString(row.getString("customer_id"))), Money.ofFen(row.getLong("amount_fen")),
                RedemptionState.valueOf(row.getString("state")), instant(row, "reserved_at"),
                Optional.ofNullable(instant(row, "settled_at")), Money.ofFen(row.getLong("reversed_fen")),
                Optional.ofNullable(instant(row, "reversed_at")));
    }

    private static CampaignId campaignId(ResultSet row) throws SQLException {
        return new CampaignId(UUID.fromString(row.getString("campaign_id")));
    }
}
