package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.PendingReplacements;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.PendingReplacement;
import org.hexmall.domain.wallet.PendingReplacementId;
import org.hexmall.domain.wallet.ReplacementWallet;
import org.hexmall.domain.wallet.WalletProvider;

/** Kept replacement wallets in the {@code pending_replacements} table, the account encrypted. */
public final class JdbiPendingReplacements implements PendingReplacements {

    private final JdbiTransactionRunner transactions;
    private final EncryptedAccounts accounts;

    /** @param accounts keeps the typed account encrypted, as the bindings keep theirs */
    JdbiPendingReplacements(JdbiTransactionRunner transactions, EncryptedAccounts accounts) {
        this.transactions = transactions;
        this.accounts = accounts;
    }

    @Override
    public void add(PendingReplacement pending) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        INSERT INTO pending_replacements (id, customer_id, provider, account_kind, account_ciphertext,
                                                          kept_until)
                        VALUES (:id, :customerId, :provider, :accountKind, :accountCiphertext, :keptUntil)""")
                .bind("id", pending.id().toString())
                .bind("customerId", pending.customerId().toString())
                .bind("provider", pending.wallet().provider().name())
                .bind("accountKind", pending.wallet().account().kind().name())
                .bind("accountCiphertext", accounts.ciphertext(pending.wallet().account()))
                .bind("keptUntil", utc(pending.keptUntil()))
                .execute());
    }

    @Override
    public Optional<PendingReplacement> find(CustomerId customer, PendingReplacementId id, Instant now) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT id, customer_id, provider, account_kind, account_ciphertext, kept_until
                        FROM pending_replacements
                        WHERE id = :id AND customer_id = :customerId AND kept_until > :now""")
                .bind("id", id.toString())
                .bind("customerId", customer.toString())
                .bind("now", utc(now))
                .map((row, context) -> pending(row))
                .findOne());
    }

    @Override
    public int removeEnded(Instant now) {
        return transactions.withCurrentHandle(handle -> handle.createUpdate(
                        "DELETE FROM pending_replacements WHERE kept_until <= :now")
                .bind("now", utc(now))
                .execute());
    }

    private PendingReplacement pending(ResultSet row) throws SQLException {
        return new PendingReplacement(new PendingReplacementId(UUID.fromString(row.getString("id"))),
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                new ReplacementWallet(WalletProvider.valueOf(row.getString("provider")),
                        accounts.decrypt(IdentifierKind.valueOf(row.getString("account_kind")),
                                row.getString("account_ciphertext"))),
                instant(row, "kept_until"));
    }
}
