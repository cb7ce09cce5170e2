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
