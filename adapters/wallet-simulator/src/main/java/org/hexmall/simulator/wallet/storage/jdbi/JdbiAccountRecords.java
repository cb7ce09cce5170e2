package org.hexmall.simulator.wallet.storage.jdbi;

import static org.hexmall.simulator.wallet.storage.jdbi.UtcTimestamps.utc;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.AccountRecords;
import org.hexmall.simulator.wallet.account.PaymentPasswordHash;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The simulated wallet accounts in {@code mock_wallet_accounts}. */
public final class JdbiAccountRecords implements AccountRecords {

    private final Jdbi jdbi;

    public JdbiAccountRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean addIfAbsent(WalletAccount account) {
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
            if (SimulatorDatabase.isUniqueViolation(failure)) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public Optional<WalletAccount> find(WalletProvider provider, WalletAccountIdentifier identifier) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_accounts WHERE provider = :provider AND identifier = :identifier")
                .bind("provider", provider.name())
                .bind("identifier", identifier.value())
                .map(SimulatorRows::account)
                .findOne());
    }

    @Override
    public List<WalletAccount> all() {
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

    /** Adds in the statement, beside a charge racing it, and refuses in it what the column could not hold. */
    @Override
    public boolean topUp(WalletProvider provider, WalletAccountIdentifier identifier, long amountFen) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE mock_wallet_accounts SET balance_fen = balance_fen + :amount
                        WHERE provider = :provider AND identifier = :identifier AND balance_fen <= :room""")
                .bind("amount", amountFen)
                .bind("room", Long.MAX_VALUE - amountFen)
                .bind("provider", provider.name())
                .bind("identifier", identifier.value())
                .execute() == 1);
    }

    @Override
    public boolean replacePaymentPassword(WalletProvider provider, WalletAccountIdentifier identifier,
                                          PaymentPasswordHash newPassword) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE mock_wallet_accounts
                        SET password_salt = :salt, password_hash = :hash, failed_password_attempts = 0,
                            locked_until = NULL
                        WHERE provider = :provider AND identifier = :identifier""")
                .bind("salt", newPassword.salt())
                .bind("hash", newPassword.hash())
                .bind("provider", provider.name())
                .bind("identifier", identifier.value())
                .execute() == 1);
    }
}
