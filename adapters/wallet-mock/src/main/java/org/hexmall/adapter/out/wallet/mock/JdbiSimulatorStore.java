package org.hexmall.adapter.out.wallet.mock;

import static org.hexmall.adapter.out.wallet.mock.UtcTimestamps.utc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The simulated providers' records in their own {@code mock_wallet_*} tables, on H2 or PostgreSQL. */
final class JdbiSimulatorStore implements SimulatorStore {

    /** The SQL state both H2 and PostgreSQL report when a row with the same key exists. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;

    private JdbiSimulatorStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Brings the simulator's tables up to date with its own history table, so that its migrations and the
     * store's never get in each other's way. The schema already holds the store's tables, which Flyway would
     * refuse as "not empty" without a baseline; the baseline is version 0 so that V1 still runs after it.
     */
    static JdbiSimulatorStore migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/mock-wallet")
                .table("flyway_history_mock_wallet")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        Jdbi jdbi = Jdbi.create(dataSource);
        // A failed statement's message shows its SQL, never the bound values (password hashes among them).
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.SHORT_STATEMENT);
        return new JdbiSimulatorStore(jdbi);
    }

    @Override
    public boolean addAccountIfAbsent(WalletAccount account) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO mock_wallet_accounts (provider, identifier, identifier_kind, holder_name,
                                balance_fen, password_salt, password_hash, failed_password_attempts, locked_until)
                            VALUES (:provider, :identifier, :kind, :holderName, :balanceFen, :salt, :hash,
                                    :failedAttempts, :lockedUntil)""")
                    .bind("provider", account.provider().name())
                    .bind("identifier", account.identifier().value())
                    .bind("kind", account.identifier().kind().name())
                    .bind("holderName", account.holderName())
                    .bind("balanceFen", account.balanceFen())
                    .bind("salt", account.paymentPassword().salt())
                    .bind("hash", account.paymentPassword().hash())
                    .bind("failedAttempts", account.failedPasswordAttempts())
                    .bind("lockedUntil", utc(account.lockedUntil()))
                    .execute());
            return true;
        } catch (UnableToExecuteStatementException failure) {
            // Two nodes seeding the same demo account at once: the second one finds it there.
            if (failure.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public Optional<WalletAccount> findAccount(WalletProvider provider, WalletAccountIdentifier identifier) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_accounts WHERE provider = :provider AND identifier = :identifier")
                .bind("provider", provider.name())
                .bind("identifier", identifier.value())
                .map(SimulatorRows::account)
                .findOne());
    }

    @Override
    public List<WalletAccount> accounts() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM mock_wallet_accounts")
                .map(SimulatorRows::account)
                .list());
    }

    /** Compares before it writes, in one statement, so that of two attempts racing each other both count. */
    @Override
    public boolean updatePasswordState(WalletAccount asRead, WalletAccount updated) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE mock_wallet_accounts
                        SET failed_password_attempts = :attempts, locked_until = :lockedUntil
                        WHERE provider = :provider AND identifier = :identifier
                          AND failed_password_attempts = :attemptsAsRead
                          AND locked_until IS NOT DISTINCT FROM :lockedUntilAsRead""")
                .bind("attempts", updated.failedPasswordAttempts())
                .bind("lockedUntil", utc(updated.lockedUntil()))
                .bind("provider", asRead.provider().name())
                .bind("identifier", asRead.identifier().value())
                .bind("attemptsAsRead", asRead.failedPasswordAttempts())
                .bind("lockedUntilAsRead", utc(asRead.lockedUntil()))
                .execute() == 1);
    }

    @Override
    public void addAuthorizationRequest(AuthorizationRequestRecord request) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO mock_wallet_authorization_requests (id, provider, identifier, identifier_kind,
                            merchant_state, return_url, created_at, outcome)
                        VALUES (:id, :provider, :identifier, :kind, :state, :returnUrl, :createdAt, :outcome)""")
                .bind("id", request.id())
                .bind("provider", request.provider().name())
                .bind("identifier", request.account().value())
                .bind("kind", request.account().kind().name())
                .bind("state", request.merchantState())
                .bind("returnUrl", request.returnUrl().toString())
                .bind("createdAt", utc(request.createdAt()))
                .bind("outcome", request.outcome().name())
                .execute());
    }

    @Override
    public Optional<AuthorizationRequestRecord> findAuthorizationRequest(String id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_authorization_requests WHERE id = :id")
                .bind("id", id)
                .map(SimulatorRows::authorizationRequest)
                .findOne());
    }

    @Override
    public boolean approve(String requestId, Agreement agreement) {
        return jdbi.inTransaction(handle -> {
            if (!answer(handle, requestId, AuthorizationRequestRecord.Outcome.APPROVED)) {
                return false;
            }
            handle.createUpdate("""
                            INSERT INTO mock_wallet_agreements (provider, token, identifier, identifier_kind, status,
                                signed_at, cancelled_at)
                            VALUES (:provider, :token, :identifier, :kind, :status, :signedAt, :cancelledAt)""")
                    .bind("provider", agreement.provider().name())
                    .bind("token", agreement.token())
                    .bind("identifier", agreement.account().value())
                    .bind("kind", agreement.account().kind().name())
                    .bind("status", agreement.status().name())
                    .bind("signedAt", utc(agreement.signedAt()))
                    .bind("cancelledAt", utc(agreement.cancelledAt()))
                    .execute();
            return true;
        });
    }

    @Override
    public boolean reject(String requestId) {
        return jdbi.inTransaction(handle -> answer(handle, requestId, AuthorizationRequestRecord.Outcome.REJECTED));
    }

    /** Only a pending request changes, so of two answers racing each other exactly one wins. */
    private static boolean answer(Handle handle, String requestId, AuthorizationRequestRecord.Outcome outcome) {
        return handle.createUpdate("""
                        UPDATE mock_wallet_authorization_requests SET outcome = :outcome
                        WHERE id = :id AND outcome = 'PENDING'""")
                .bind("outcome", outcome.name())
                .bind("id", requestId)
                .execute() == 1;
    }

    @Override
    public Optional<Agreement> findAgreement(WalletProvider provider, String token) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_agreements WHERE provider = :provider AND token = :token")
                .bind("provider", provider.name())
                .bind("token", token)
                .map(SimulatorRows::agreement)
                .findOne());
    }

    @Override
    public List<Agreement> agreementsOf(WalletProvider provider, WalletAccountIdentifier account) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_agreements WHERE provider = :provider AND identifier = :identifier")
                .bind("provider", provider.name())
                .bind("identifier", account.value())
                .map(SimulatorRows::agreement)
                .list());
    }

    @Override
    public boolean cancelAgreement(WalletProvider provider, String token, Instant cancelledAt) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE mock_wallet_agreements SET status = 'CANCELLED', cancelled_at = :cancelledAt
                        WHERE provider = :provider AND token = :token AND status = 'ACTIVE'""")
                .bind("cancelledAt", utc(cancelledAt))
                .bind("provider", provider.name())
                .bind("token", token)
                .execute() == 1);
    }

    @Override
    public void putFault(FaultTarget target, Fault fault) {
        jdbi.useTransaction(handle -> {
            deleteFault(handle, target);
            handle.createUpdate("""
                            INSERT INTO mock_wallet_faults (provider, identifier, identifier_kind, fault)
                            VALUES (:provider, :identifier, :kind, :fault)""")
                    .bind("provider", target.provider().name())
                    .bind("identifier", SimulatorRows.faultIdentifier(target))
                    .bind("kind", target.isWholeProvider() ? null : target.account().kind().name())
                    .bind("fault", fault.name())
                    .execute();
        });
    }

    @Override
    public void removeFault(FaultTarget target) {
        jdbi.useHandle(handle -> deleteFault(handle, target));
    }

    private static void deleteFault(Handle handle, FaultTarget target) {
        handle.createUpdate("DELETE FROM mock_wallet_faults WHERE provider = :provider AND identifier = :identifier")
                .bind("provider", target.provider().name())
                .bind("identifier", SimulatorRows.faultIdentifier(target))
                .execute();
    }

    @Override
    public Optional<Fault> faultAt(FaultTarget target) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT fault FROM mock_wallet_faults WHERE provider = :provider AND identifier = :identifier")
                .bind("provider", target.provider().name())
                .bind("identifier", SimulatorRows.faultIdentifier(target))
                .map((row, context) -> Fault.valueOf(row.getString("fault")))
                .findOne());
    }

    @Override
    public Map<FaultTarget, Fault> faults() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM mock_wallet_faults")
                .map(SimulatorRows::fault)
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Override
    public void clearFaults() {
        jdbi.useHandle(handle -> handle.execute("DELETE FROM mock_wallet_faults"));
    }

    @Override
    public SimulatedPayment addPaymentIfAbsent(SimulatedPayment payment) {
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
            if (failure.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return findPayment(payment.provider(), payment.merchantPayment()).orElseThrow(() -> failure);
            }
            throw failure;
        }
    }

    @Override
    public Optional<SimulatedPayment> findPayment(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM mock_wallet_payments WHERE id = :id")
                .bind("id", id)
                .map(SimulatorRows::payment)
                .findOne());
    }

    @Override
    public Optional<SimulatedPayment> findPayment(WalletProvider provider, PaymentId merchantPayment) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM mock_wallet_payments
                        WHERE provider = :provider AND merchant_payment = :merchantPayment""")
                .bind("provider", provider.name())
                .bind("merchantPayment", merchantPayment.toString())
                .map(SimulatorRows::payment)
                .findOne());
    }

    @Override
    public List<SimulatedPayment> latestPayments(int limit) {
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
        if (ended.status() == SimulatedPayment.Status.PAID) {
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
                boolean taken = handle.createUpdate("""
                                UPDATE mock_wallet_payments SET refunded_fen = refunded_fen + :amount
                                WHERE id = :id AND status = 'PAID' AND refunded_fen + :amount <= amount_fen""")
                        .bind("amount", refund.amountFen())
                        .bind("id", refund.paymentId())
                        .execute() == 1;
                if (!taken) {
                    return Optional.<SimulatedRefund>empty();
                }
                handle.createUpdate("""
                                INSERT INTO mock_wallet_refunds (provider, refund_number, provider_refund, payment_id,
                                    amount_fen, refunded_at)
                                VALUES (:provider, :refundNumber, :providerRefund, :paymentId, :amountFen,
                                        :refundedAt)""")
                        .bind("provider", refund.provider().name())
                        .bind("refundNumber", refund.refundNumber())
                        .bind("providerRefund", refund.providerRefund())
                        .bind("paymentId", refund.paymentId())
                        .bind("amountFen", refund.amountFen())
                        .bind("refundedAt", utc(refund.refundedAt()))
                        .execute();
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
            if (failure.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
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

    @Override
    public void addNotificationAttempt(NotificationAttempt attempt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO mock_wallet_notification_attempts (notification_id, provider, message_type,
                            attempt, attempted_at, http_status, error)
                        VALUES (:notificationId, :provider, :messageType, :attempt, :attemptedAt, :httpStatus,
                                :error)""")
                .bind("notificationId", attempt.notificationId())
                .bind("provider", attempt.provider().name())
                .bind("messageType", attempt.messageType())
                .bind("attempt", attempt.attempt())
                .bind("attemptedAt", utc(attempt.attemptedAt()))
                .bind("httpStatus", attempt.httpStatus())
                .bind("error", attempt.error())
                .execute());
    }

    @Override
    public List<NotificationAttempt> notificationAttempts() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_notification_attempts ORDER BY id")
                .map(SimulatorRows::notificationAttempt)
                .list());
    }
}
