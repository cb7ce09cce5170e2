package org.hexmall.acceptance.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a refused request must leave as it was: how many records the store keeps of its customers, agents, orders,
 * payments, refunds, bindings, campaigns, coupons, points, compensations, notes and audited actions, and how much
 * money the simulated wallets hold. Read in one statement before and after each request; a refusal that changed any
 * of them wrote half of something.
 */
final class StoreTotals {

    private static final List<String> TABLES = List.of("customers", "agents", "orders", "order_lines", "cart_lines",
            "payments", "payment_refunds", "payment_pricings", "refund_cases", "wallet_bindings", "campaigns",
            "coupons", "points_ledger", "compensations", "case_notes", "audit_log", "products",
            "promotion_redemptions", "mock_wallet_accounts", "mock_wallet_payments", "mock_wallet_refunds");
    private static final String QUERY = "SELECT " + TABLES.stream()
            .map(table -> "(SELECT COUNT(*) FROM " + table + ")")
            .collect(Collectors.joining(", "))
            + ", (SELECT COALESCE(SUM(balance_fen), 0) FROM mock_wallet_accounts)";

    private final Connection database;

    StoreTotals(Connection database) {
        this.database = database;
    }

    /** The totals now, by table, with the wallets' balances in fen last. */
    Map<String, Long> now() {
        try (Statement statement = database.createStatement(); ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            Map<String, Long> totals = new LinkedHashMap<>();
            for (int i = 0; i < TABLES.size(); i++) {
                totals.put(TABLES.get(i), row.getLong(i + 1));
            }
            totals.put("simulated wallet balances (fen)", row.getLong(TABLES.size() + 1));
            return totals;
        } catch (SQLException failed) {
            throw new IllegalStateException("could not count the store's records", failed);
        }
    }

    /** What changed between two readings, for a failure message; empty when nothing did. */
    static String changes(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream().filter(key -> !before.get(key).equals(after.get(key)))
                .map(key -> key + " " + before.get(key) + " -> " + after.get(key))
                .collect(Collectors.joining(", "));
    }
}
