package org.hexmall.acceptance.nodes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the store and the SIMULATED wallets recorded durably, read straight from their tables (the simulated wallets
 * keep theirs beside the store's, in the same database): the wallet's debits and refunds, and the store's payments and
 * orders. {@link #problems()} lists every way they disagree; none means every debit matches exactly one paid order or
 * one automatic refund.
 */
final class WalletLedger {

    /** A charge the wallet made: the store's payment it was for, what it took, and what it gave back. */
    record Debit(String payment, long amountFen, long refundedFen) {
    }

    /** A payment as the store recorded it. */
    record StorePayment(String id, String order, String status, boolean refundDue) {
    }

    private final List<Debit> debits = new ArrayList<>();
    private final Map<String, StorePayment> payments = new HashMap<>();
    private final Map<String, String> orderStatus = new HashMap<>();
    private final long balanceFen;

    private WalletLedger(Connection connection, String walletAccount) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT merchant_payment, amount_fen, refunded_fen FROM mock_wallet_payments WHERE status = 'PAID'")) {
                while (rows.next()) {
                    debits.add(new Debit(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT id, order_id, status, refund_due FROM payments")) {
                while (rows.next()) {
                    payments.put(rows.getString(1), new StorePayment(rows.getString(1), rows.getString(2),
                            rows.getString(3), rows.getBoolean(4)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT id, status FROM orders")) {
                while (rows.next()) {
                    orderStatus.put(rows.getString(1), rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT balance_fen FROM mock_wallet_accounts "
                    + "WHERE provider = 'ALIPAY' AND identifier = '" + walletAccount + "'")) {
                balanceFen = rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    static WalletLedger read(Connection connection, String walletAccount) throws SQLException {
        return new WalletLedger(connection, walletAccount);
    }

    /** Payments the store has not settled yet: recorded, unknown, waiting in the wallet app, or owing a refund. */
    long underWay() {
        return payments.values().stream().filter(payment -> payment.refundDue()
                || List.of("CREATED", "UNKNOWN", "AWAITING_CONFIRMATION").contains(payment.status())).count();
    }

    int debitCount() {
        return debits.size();
    }

    long paidOrders() {
        return orderStatus.values().stream().filter("PAID"::equals).count();
    }

    long refundedDebits() {
        return debits.stream().filter(debit -> debit.refundedFen() > 0).count();
    }

    /** Every disagreement between the wallet's money and the store's records; empty when they agree. */
    List<String> problems(long openingBalanceFen) {
        return problems(openingBalanceFen, Set.of());
    }

    /**
     * The same, for a store where agents also refunded these payments, in part or in full, on purpose: such a charge
     * still paid its order, and gave back no more than it took.
     */
    List<String> problems(long openingBalanceFen, Set<String> refundedByAgents) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> keptDebitsOfOrder = new HashMap<>();
        long taken = 0;
        for (Debit debit : debits) {
            taken += debit.amountFen() - debit.refundedFen();
            StorePayment payment = payments.get(debit.payment());
            if (payment == null) {
                problems.add("the wallet charged payment " + debit.payment() + ", which the store never recorded");
                continue;
            }
            if (!payment.status().equals("SUCCEEDED")) {
                problems.add("the wallet charged payment " + debit.payment() + ", which the store shows "
                        + payment.status());
            }
            if (refundedByAgents.contains(debit.payment()) && debit.refundedFen() > debit.amountFen()) {
                problems.add("payment " + debit.payment() + " was refunded " + debit.refundedFen() + " fen, more than "
                        + "the " + debit.amountFen() + " fen it took");
            }
            if (debit.refundedFen() == 0 || refundedByAgents.contains(debit.payment())) {
                keptDebitsOfOrder.merge(payment.order(), 1, Integer::sum);
                if (!"PAID".equals(orderStatus.get(payment.order()))) {
                    problems.add("the wallet kept the charge of payment " + debit.payment() + " for order "
                            + payment.order() + ", which the store shows " + orderStatus.get(payment.order()));
                }
            } else if (debit.refundedFen() != debit.amountFen()) {
                problems.add("payment " + debit.payment() + " was refunded " + debit.refundedFen() + " of "
                        + debit.amountFen() + " fen, not in full");
            }
        }
        keptDebitsOfOrder.forEach((order, kept) -> {
            if (kept > 1) {
                problems.add("order " + order + " was paid " + kept + " times");
            }
        });
        orderStatus.forEach((order, status) -> {
            if (status.equals("PAID") && !keptDebitsOfOrder.containsKey(order)) {
                problems.add("order " + order + " is paid, but the wallet kept no charge for it");
            }
        });
        payments.values().stream()
                .filter(payment -> payment.status().equals("SUCCEEDED"))
                .filter(payment -> debits.stream().noneMatch(debit -> debit.payment().equals(payment.id())))
                .forEach(payment -> problems.add("the store shows payment " + payment.id()
                        + " succeeded, but the wallet never charged it"));
        payments.values().stream()
                .filter(payment -> payment.refundDue()
                        || List.of("CREATED", "UNKNOWN", "AWAITING_CONFIRMATION").contains(payment.status()))
                .forEach(payment -> problems.add("payment " + payment.id() + " is still " + payment.status()
                        + (payment.refundDue() ? " and owes a refund" : "")));
        if (openingBalanceFen - taken != balanceFen) {
            problems.add("the wallet's balance is " + balanceFen + " fen, not the opening " + openingBalanceFen
                    + " less the " + taken + " fen it kept");
        }
        return problems;
    }
}
