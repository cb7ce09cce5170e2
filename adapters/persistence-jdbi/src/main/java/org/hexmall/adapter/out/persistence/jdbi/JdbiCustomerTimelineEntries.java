package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hexmall.application.port.in.support.CustomerTimeline.Entry;
import org.hexmall.application.port.in.support.CustomerTimeline.Kind;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntries;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A page of a customer's timeline in one statement: a UNION ALL of one branch per kind asked for, each read through
 * its table's (customer, time) index, newest first, and cut to as many rows as the page reaches, so that a page reads
 * at most (kinds × rows up to the page's end) rows however long the customer's history is. The total is one more
 * statement of one count per kind.
 */
final class JdbiCustomerTimelineEntries implements CustomerTimelineEntries {

    /**
     * Every branch gives the same columns: {@code at, kind_rank, what, provider, detail, amount_fen, by_agent,
     * account_kind, secret, tiebreak} ({@code account_kind} and {@code secret} the encrypted account of a binding,
     * masked here; {@code tiebreak} the row's key, as text that sorts as the key does, so that entries of one kind at
     * the same instant keep one order and never swap between pages).
     */
    private static final Map<Kind, String> BRANCHES = new EnumMap<>(Map.of(
            Kind.LOGIN, """
                    SELECT attempted_at AS at, %d AS kind_rank, outcome AS what, CAST(NULL AS VARCHAR(24)) AS provider,
                           client_address AS detail, CAST(NULL AS BIGINT) AS amount_fen, '' AS by_agent,
                           CAST(NULL AS VARCHAR(16)) AS account_kind, CAST(NULL AS VARCHAR(512)) AS secret,
                           LPAD(CAST(id AS VARCHAR(20)), 20, '0') AS tiebreak
                    FROM login_history WHERE customer_id = :customer
                    ORDER BY attempted_at DESC, tiebreak DESC LIMIT :reach""",
            Kind.BINDING, """
                    SELECT e.occurred_at AS at, %d AS kind_rank,
                           COALESCE('CANCELLATION_' || e.agreement_cancellation, e.status) AS what, b.provider,
                           '' AS detail,
                           CAST(NULL AS BIGINT) AS amount_fen, '' AS by_agent, b.account_kind,
                           b.account_ciphertext AS secret,
                           LPAD(CAST(e.id AS VARCHAR(20)), 20, '0') AS tiebreak
                    FROM wallet_bindings b JOIN wallet_binding_events e ON e.binding_id = b.id
                    WHERE b.customer_id = :customer ORDER BY e.occurred_at DESC, tiebreak DESC LIMIT :reach""",
            Kind.ORDER, """
                    SELECT placed_at AS at, %d AS kind_rank, 'PLACED' AS what, CAST(NULL AS VARCHAR(24)) AS provider,
                           order_number AS detail, CAST(NULL AS BIGINT) AS amount_fen, '' AS by_agent,
                           CAST(NULL AS VARCHAR(16)) AS account_kind, CAST(NULL AS VARCHAR(512)) AS secret,
                           id AS tiebreak
                    FROM orders WHERE customer_id = :customer ORDER BY placed_at DESC, tiebreak DESC LIMIT :reach""",
            Kind.PAYMENT, """
                    SELECT e.at, %d AS kind_rank, CASE WHEN e.kind = 'NOTED' THEN e.detail ELSE e.status END AS what,
                           p.provider, o.order_number AS detail, CAST(NULL AS BIGINT) AS amount_fen, '' AS by_agent,
                           CAST(NULL AS VARCHAR(16)) AS account_kind, CAST(NULL AS VARCHAR(512)) AS secret,
                           p.id || ':' || LPAD(CAST(e.seq AS VARCHAR(20)), 20, '0') AS tiebreak
                    FROM orders o JOIN payments p ON p.order_id = o.id JOIN payment_events e ON e.payment_id = p.id
                    WHERE o.customer_id = :customer ORDER BY e.at DESC, tiebreak DESC LIMIT :reach""",
            Kind.REFUND, """
                    SELECT r.at, %d AS kind_rank, r.reason AS what, p.provider, o.order_number AS detail,
                           r.amount_fen, '' AS by_agent,
                           CAST(NULL AS VARCHAR(16)) AS account_kind, CAST(NULL AS VARCHAR(512)) AS secret,
                           LPAD(CAST(r.id AS VARCHAR(20)), 20, '0') AS tiebreak
                    FROM orders o JOIN payments p ON p.order_id = o.id JOIN payment_refunds r ON r.payment_id = p.id
                    WHERE o.customer_id = :customer ORDER BY r.at DESC, tiebreak DESC LIMIT :reach""",
            Kind.AGENT_ACTION, """
                    SELECT acted_at AS at, %d AS kind_rank, action AS what, CAST(NULL AS VARCHAR(24)) AS provider,
                           reason AS detail, CAST(NULL AS BIGINT) AS amount_fen, agent_username AS by_agent,
                           CAST(NULL AS VARCHAR(16)) AS account_kind, CAST(NULL AS VARCHAR(512)) AS secret,
                           LPAD(CAST(id AS VARCHAR(20)), 20, '0') AS tiebreak
                    FROM audit_log WHERE customer_id = :customer ORDER BY acted_at DESC, tiebreak DESC LIMIT :reach""",
            Kind.SECURITY, """
                    SELECT occurred_at AS at, %d AS kind_rank, kind AS what, CAST(NULL AS VARCHAR(24)) AS provider,
                           detail, CAST(NULL AS BIGINT) AS amount_fen, '' AS by_agent,
                           CAST(NULL AS VARCHAR(16)) AS account_kind, CAST(NULL AS VARCHAR(512)) AS secret,
                           LPAD(CAST(id AS VARCHAR(20)), 20, '0') AS tiebreak
                    FROM security_events WHERE customer_id = :customer
                    ORDER BY occurred_at DESC, tiebreak DESC LIMIT :reach""",
            Kind.NOTE, """
                    SELECT noted_at AS at, %d AS kind_rank, channel AS what, CAST(NULL AS VARCHAR(24)) AS provider,
                           summary AS detail, CAST(NULL AS BIGINT) AS amount_fen, agent_username AS by_agent,
                           CAST(NULL AS VARCHAR(16)) AS account_kind, CAST(NULL AS VARCHAR(512)) AS secret,
                           LPAD(CAST(id AS VARCHAR(20)), 20, '0') AS tiebreak
                    FROM case_notes WHERE customer_id = :customer ORDER BY noted_at DESC, tiebreak DESC LIMIT :reach""",
            Kind.RISK_ALERT, """
                    SELECT raised_at AS at, %d AS kind_rank, outcome AS what, CAST(NULL AS VARCHAR(24)) AS provider,
                           subject AS detail, CAST(NULL AS BIGINT) AS amount_fen,
                           COALESCE(resolved_by_username, '') AS by_agent,
                           CAST(NULL AS VARCHAR(16)) AS account_kind, CAST(NULL AS VARCHAR(512)) AS secret,
                           id AS tiebreak
                    FROM risk_alerts WHERE customer_id = :customer
                    ORDER BY raised_at DESC, tiebreak DESC LIMIT :reach"""));

    /** How many entries of each kind a customer has: the rows the branch of that kind reads from. */
    private static final Map<Kind, String> COUNTS = new EnumMap<>(Map.of(
            Kind.LOGIN, "SELECT COUNT(*) FROM login_history WHERE customer_id = :customer",
            Kind.BINDING, "SELECT COUNT(*) FROM wallet_bindings b JOIN wallet_binding_events e ON e.binding_id = b.id"
                    + " WHERE b.customer_id = :customer",
            Kind.ORDER, "SELECT COUNT(*) FROM orders WHERE customer_id = :customer",
            Kind.PAYMENT, "SELECT COUNT(*) FROM orders o JOIN payments p ON p.order_id = o.id"
                    + " JOIN payment_events e ON e.payment_id = p.id WHERE o.customer_id = :customer",
            Kind.REFUND, "SELECT COUNT(*) FROM orders o JOIN payments p ON p.order_id = o.id"
                    + " JOIN payment_refunds r ON r.payment_id = p.id WHERE o.customer_id = :customer",
            Kind.AGENT_ACTION, "SELECT COUNT(*) FROM audit_log WHERE customer_id = :customer",
            Kind.SECURITY, "SELECT COUNT(*) FROM security_events WHERE customer_id = :customer",
            Kind.NOTE, "SELECT COUNT(*) FROM case_notes WHERE customer_id = :customer",
            Kind.RISK_ALERT, "SELECT COUNT(*) FROM risk_alerts WHERE customer_id = :customer"));

    private final JdbiTransactionRunner transactions;
    private final EncryptedAccounts accounts;

    JdbiCustomerTimelineEntries(JdbiTransactionRunner transactions, EncryptedAccounts accounts) {
        this.transactions = transactions;
        this.accounts = accounts;
    }

    @Override
    public List<Entry> newestFirst(CustomerId customerId, Set<Kind> kinds, int skip, int limit) {
        if (kinds.isEmpty() || limit <= 0) {
            return List.of();
        }
        String union = kinds.stream().sorted()
                .map(kind -> "SELECT * FROM (" + BRANCHES.get(kind).formatted(kind.ordinal()) + ") " + alias(kind))
                .collect(Collectors.joining("\nUNION ALL\n"));
        String sql = "SELECT * FROM (" + union + ") timeline ORDER BY at DESC, kind_rank, tiebreak DESC"
                + " LIMIT :limit OFFSET :skip";
        return transactions.withCurrentHandle(handle -> handle.createQuery(sql)
                .bind("customer", customerId.toString())
                .bind("reach", skip + limit)
                .bind("limit", limit)
                .bind("skip", skip)
                .map((row, context) -> entry(row))
                .list());
    }

    @Override
    public long count(CustomerId customerId, Set<Kind> kinds) {
        if (kinds.isEmpty()) {
            return 0;
        }
        String sql = kinds.stream().sorted().map(kind -> "(" + COUNTS.get(kind) + ")")
                .collect(Collectors.joining(" + ", "SELECT ", " AS n"));
        return transactions.withCurrentHandle(handle -> handle.createQuery(sql)
                .bind("customer", customerId.toString())
                .mapTo(Long.class)
                .one());
    }

    private static String alias(Kind kind) {
        return "branch_" + kind.name().toLowerCase(Locale.ROOT);
    }

    private Entry entry(ResultSet row) throws SQLException {
        Kind kind = Kind.values()[row.getInt("kind_rank")];
        String detail = row.getString("detail");
        if (kind == Kind.ORDER || kind == Kind.PAYMENT || kind == Kind.REFUND) {
            detail = new OrderNumber(detail.strip()).grouped();
        } else if (kind == Kind.BINDING) {
            detail = accounts.decrypt(IdentifierKind.valueOf(row.getString("account_kind")), row.getString("secret"))
                    .masked();
        }
        long fen = row.getLong("amount_fen");
        Optional<Money> amount = row.wasNull() ? Optional.empty() : Optional.of(Money.ofFen(fen));
        return new Entry(instant(row, "at"), kind, row.getString("what"),
                Optional.ofNullable(row.getString("provider")).map(WalletProvider::valueOf), detail, amount,
                row.getString("by_agent"));
    }
}
