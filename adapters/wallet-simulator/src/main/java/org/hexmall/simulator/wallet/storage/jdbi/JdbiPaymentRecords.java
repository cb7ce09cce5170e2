package org.hexmall.simulator.wallet.storage.jdbi;

import static org.hexmall.simulator.wallet.storage.jdbi.UtcTimestamps.utc;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.payment.PaymentRecords;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.hexmall.simulator.wallet.payment.SimulatedRefund;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Payments and refunds in {@code mock_wallet_payments} and {@code mock_wallet_refunds}; charging and refunding
 * change the account's row in {@code mock_wallet_accounts} in the same transaction.
 */
public final class JdbiPaymentRecords implements PaymentRecords {

    private final Jdbi jdbi;

    public JdbiPaymentRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public SimulatedPayment addIfAbsent(SimulatedPayment payment) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO mock_wallet_payments (id, provider, merchant_payment, agreement_token,
                                identifier, identifier_kind, order_number, amount_fen, return_url, created_at, status,
                                wrong_passwords, transaction_id, failure_reason, attempts_left, password_locked_until,
                                ended_at, refunded_fen)
                            VALUES (:id, :provider, :merchantPayment, :agreementToken, :identifier, :kind,
                                    :orderNumber, :amountFen, :returnUrl, :createdAt, :status, :wrongPasswords,
                                    :transaction, :failureReason, :attemptsLeft, :lockedUntil, :endedAt,
                                    :refundedFen)""")
                    .bind("id", payment.id())
                    .bind("provider", payment.provider().name())
                    .bind("merchantPayment", payment.merchantPayment().toString())
                    .bind("agreementToken", payment.agreementToken())
                    .bind("identifier", payment.account().value())
                    .bind("kind", payment.account().kind().name())
                    .bind("orderNumber", payment.orderNumber())
                    .bind("amountFen", payment.amountFen())
                    .bind("returnUrl", payment.returnUrl().toString())
                    .bind("createdAt", utc(payment.createdAt()))
                    .bind("status", payment.status().name())
                    .bind("wrongPasswords", payment.wrongPasswords())
                    .bind("transaction", payment.transaction())
                    .bind("failureReason", payment.failureReason() == null ? null : payment.failureReason().name())
                    .bind("attemptsLeft", payment.attemptsLeft())
                    .bind("lockedUntil", utc(payment.passwordLockedUntil()))
                    .bind("endedAt", utc(payment.endedAt()))
                    .bind("refundedFen", payment.refundedFen())
                    .execute());
            return payment;
        } catch (UnableToExecuteStatementException failure) {
            // The same merchant payment asked for again, perhaps at the same instant: the first one stands.
            if (SimulatorDatabase.isUniqueViolation(failure)) {
                return find(payment.provider(), payment.merchantPayment()).orElseThrow(() -> failure);
            }
            throw failure;
        }
    }

    @Override
    public Optional<SimulatedPayment> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM mock_wallet_payments WHERE id = :id")
                .bind("id", id)
                .map(SimulatorRows::payment)
                .findOne());
    }

    @Override
    public Optional<SimulatedPayment> find(WalletProvider provider, PaymentId merchantPayment) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM mock_wallet_payments
                        WHERE provider = :provider AND merchant_payment = :merchantPayment""")
                .bind("provider", provider.name())
                .bind("merchantPayment", merchantPayment.toString())
                .map(SimulatorRows::payment)
                .findOne());
    }

    @Override
    public List<SimulatedPayment> latest(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_payments ORDER BY seq DESC FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit)
                .map(SimulatorRows::payment)
                .list());
    }

    /** Adds one in the statement itself, so that of two wrong passwords typed at once both count. */
    @Override
    public boolean countWrongPassword(String paymentId) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE mock_wallet_payments SET wrong_passwords = wrong_passwords + 1
                        WHERE id = :id AND status = 'OPEN'""")
                .bind("id", paymentId)
                .execute() == 1);
    }

    /**
     * Marks the payment paid only while it is open, then charges only a balance that covers the amount, in one
     * transaction: the first statement makes a double submit wait for, then lose to, the first submit, and a
     * balance too low undoes the first statement.
     */
    @Override
    public Debit debit(SimulatedPayment paid) {
        return jdbi.inTransaction(handle -> {
            boolean markedPaid = handle.createUpdate("""
                            UPDATE mock_wallet_payments
                            SET status = 'PAID', transaction_id = :transaction, ended_at = :endedAt
                            WHERE id = :id AND status = 'OPEN'""")
                    .bind("transaction", paid.transaction())
                    .bind("endedAt", utc(paid.endedAt()))
                    .bind("id", paid.id())
                    .execute() == 1;
            if (!markedPaid) {
                return Debit.NOT_OPEN;
            }
            boolean charged = handle.createUpdate("""
                            UPDATE mock_wallet_accounts SET balance_fen = balance_fen - :amount
                            WHERE provider = :provider AND identifier = :identifier AND balance_fen >= :amount""")
                    .bind("amount", paid.amountFen())
                    .bind("provider", paid.provider().name())
                    .bind("identifier", paid.account().value())
                    .execute() == 1;
            if (!charged) {
                handle.rollback();
                return Debit.INSUFFICIENT_BALANCE;
            }
            return Debit.DONE;
        });
    }

    @Override
    public boolean endWithoutCharge(SimulatedPayment ended) {
        if (ended.status() == PaymentState.PAID) {
            return false;
        }
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE mock_wallet_payments
                        SET status = :status, failure_reason = :failureReason, attempts_left = :attemptsLeft,
                            password_locked_until = :lockedUntil, ended_at = :endedAt
                        WHERE id = :id AND status = 'OPEN'""")
                .bind("status", ended.status().name())
                .bind("failureReason", ended.failureReason() == null ? null : ended.failureReason().name())
                .bind("attemptsLeft", ended.attemptsLeft())
                .bind("lockedUntil", utc(ended.passwordLockedUntil()))
                .bind("endedAt", utc(ended.endedAt()))
                .bind("id", ended.id())
                .execute() == 1);
    }

    /**
     * Takes the amount from what is left to refund only if that much is left, keeps the refund under its
     * number, and credits the account, in one transaction. A second request with the same number fails on the
     * number's key and is undone whole, after which the first one's refund is what it finds.
     */
    @Override
    public Optional<SimulatedRefund> refund(SimulatedRefund refund) {
        Optional<SimulatedRefund> earlier = findRefund(refund.provider(), refund.refundNumber());
        if (earlier.isPresent()) {
            return earlier;
        }
        try {
            return jdbi.inTransaction(handle -> {
                // A failed refund is checked like any other, and takes nothing.
                boolean taken = handle.createUpdate("""
                                UPDATE mock_wallet_payments SET refunded_fen = refunded_fen + :credited
                                WHERE id = :id AND status = 'PAID' AND refunded_fen + :amount <= amount_fen""")
                        .bind("credited", refund.failed() ? 0 : refund.amountFen())
                        .bind("amount", refund.amountFen())
                        .bind("id", refund.paymentId())
                        .execute() == 1;
                if (!taken) {
                    return Optional.<SimulatedRefund>empty();
                }
                handle.createUpdate("""
                                INSERT INTO mock_wallet_refunds (provider, refund_number, provider_refund, payment_id,
                                    amount_fen, refunded_at, failed)
                                VALUES (:provider, :refundNumber, :providerRefund, :paymentId, :amountFen,
                                        :refundedAt, :failed)""")
                        .bind("provider", refund.provider().name())
                        .bind("refundNumber", refund.refundNumber())
                        .bind("providerRefund", refund.providerRefund())
                        .bind("paymentId", refund.paymentId())
                        .bind("amountFen", refund.amountFen())
                        .bind("refundedAt", utc(refund.refundedAt()))
                        .bind("failed", refund.failed())
                        .execute();
                if (refund.failed()) {
                    return Optional.of(refund);
                }
                handle.createUpdate("""
                                UPDATE mock_wallet_accounts SET balance_fen = balance_fen + :amount
                                WHERE (provider, identifier) IN (
                                    SELECT provider, identifier FROM mock_wallet_payments WHERE id = :paymentId)""")
                        .bind("amount", refund.amountFen())
                        .bind("paymentId", refund.paymentId())
                        .execute();
                return Optional.of(refund);
            });
        } catch (UnableToExecuteStatementException failure) {
            if (SimulatorDatabase.isUniqueViolation(failure)) {
                return Optional.of(findRefund(refund.provider(), refund.refundNumber()).orElseThrow(() -> failure));
            }
            throw failure;
        }
    }

    private Optional<SimulatedRefund> findRefund(WalletProvider provider, String refundNumber) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM mock_wallet_refunds
                        WHERE provider = :provider AND refund_number = :refundNumber""")
                .bind("provider", provider.name())
                .bind("refundNumber", refundNumber)
                .map(SimulatorRows::refund)
                .findOne());
    }

    @Override
    public List<SimulatedRefund> refundsOf(String paymentId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM mock_wallet_refunds WHERE payment_id = :paymentId ORDER BY seq""")
                .bind("paymentId", paymentId)
                .map(SimulatorRows::refund)
                .list());
    }
}
