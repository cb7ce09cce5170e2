package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.shared.Page;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/**
 * Points ledgers in {@code points_ledger}, an entry a row with its points signed, so that a balance is one sum
 * through the customer's index.
 */
public final class JdbiPointsLedger implements PointsLedger {

    private static final String COLUMNS = "customer_id, kind, points, payment_id, note, at";

    static final String BALANCE = "SELECT COALESCE(SUM(signed_points), 0) AS balance FROM points_ledger "
            + "WHERE customer_id = :customerId";

    private final JdbiTransactionRunner transactions;

    JdbiPointsLedger(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(List<PointsEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        transactions.useCurrentHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO points_ledger (customer_id, kind, points, signed_points, payment_id, note, at)
                    VALUES (:customerId, :kind, :points, :signedPoints, :paymentId, :note, :at)""");
            for (PointsEntry entry : entries) {
                bind(batch, entry).add();
            }
            batch.execute();
        });
    }

    private static <S extends SqlStatement<S>> S bind(S statement, PointsEntry entry) {
        return statement.bind("customerId", entry.customerId().toString())
                .bind("kind", entry.kind().name())
                .bind("points", entry.points())
                .bind("signedPoints", entry.change())
                .bind("paymentId", entry.payment().map(PaymentId::toString).orElse(null))
                .bind("note", entry.note())
                .bind("at", utc(entry.at()));
    }

    @Override
    public boolean spend(PointsEntry entry) {
        if (entry.change() >= 0) {
            throw new IllegalArgumentException("spending takes points away");
        }
        return transactions.inTransaction(() -> transactions.withCurrentHandle(handle -> {
            // The customer's row is the lock that puts one spending of theirs after another.
            handle.createQuery("SELECT id FROM customers WHERE id = :customerId FOR UPDATE")
                    .bind("customerId", entry.customerId().toString())
                    .mapTo(String.class)
                    .findOne();
            Update insert = handle.createUpdate("""
                    INSERT INTO points_ledger (customer_id, kind, points, signed_points, payment_id, note, at)
                    SELECT :customerId, :kind, :points, :signedPoints, :paymentId, :note, :at
                    FROM (""" + BALANCE + ") held WHERE held.balance >= :points");
            return bind(insert, entry).execute() == 1;
        }));
    }

    @Override
    public long takeAwayWithinBalance(PointsEntry entry) {
        if (entry.change() >= 0) {
            throw new IllegalArgumentException("taking away takes points away");
        }
        return transactions.inTransaction(() -> transactions.withCurrentHandle(handle -> {
            // The lock spend takes, so that a spending under way is counted before the balance is read.
            handle.createQuery("SELECT id FROM customers WHERE id = :customerId FOR UPDATE")
                    .bind("customerId", entry.customerId().toString())
                    .mapTo(String.class)
                    .findOne();
            long balance = handle.createQuery(BALANCE)
                    .bind("customerId", entry.customerId().toString())
                    .mapTo(Long.class)
                    .one();
            long taken = Math.min(entry.points(), Math.max(balance, 0));
            if (taken > 0) {
                bind(handle.createUpdate("""
                        INSERT INTO points_ledger (customer_id, kind, points, signed_points, payment_id, note, at)
                        VALUES (:customerId, :kind, :points, :signedPoints, :paymentId, :note, :at)"""),
                        new PointsEntry(entry.customerId(), entry.kind(), taken, entry.payment(), entry.note(),
                                entry.at())).execute();
            }
            return taken;
        }));
    }

    @Override
    public long balanceOf(CustomerId customerId) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(BALANCE)
                .bind("customerId", customerId.toString())
                .mapTo(Long.class)
                .one());
    }

    @Override
    public Page<PointsEntry> ofCustomer(CustomerId customerId, int page, int size) {
        long offset = (long) (page - 1) * size;
        return transactions.withCurrentHandle(handle -> {
            List<PointsEntry> items = handle.createQuery("SELECT " + COLUMNS + """
                             FROM points_ledger WHERE customer_id = :customerId
                            ORDER BY at DESC, id DESC LIMIT :size OFFSET :offset""")
                    .bind("customerId", customerId.toString())
                    .bind("size", size)
                    .bind("offset", offset)
                    .map((row, context) -> entry(row))
                    .list();
            // A page that is not full, and not beyond the last, is the last: the total needs no second count.
            boolean lastPage = items.size() < size && (!items.isEmpty() || offset == 0);
            long total = lastPage ? offset + items.size() : handle.createQuery(
                            "SELECT COUNT(*) FROM points_ledger WHERE customer_id = :customerId")
                    .bind("customerId", customerId.toString())
                    .mapTo(Long.class)
                    .one();
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public List<PointsEntry> ofPayment(PaymentId payment) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM points_ledger WHERE payment_id = :payment ORDER BY at, id")
                .bind("payment", payment.toString())
                .map((row, context) -> entry(row))
                .list());
    }

    private static PointsEntry entry(ResultSet row) throws SQLException {
        return new PointsEntry(new CustomerId(UUID.fromString(row.getString("customer_id"))),
                PointsEntryKind.valueOf(row.getString("kind")), row.getLong("points"),
                Optional.ofNullable(row.getString("payment_id")).map(UUID::fromString).map(PaymentId::new),
                row.getString("note"), instant(row, "at"));
    }
}
