package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.ReconfirmationId;
import org.hexmall.domain.wallet.ReplacementWallet;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.domain.wallet.WalletReconfirmation;

/** Wallet re-confirmation requests in the {@code wallet_reconfirmations} table. */
public final class JdbiWalletReconfirmations implements WalletReconfirmations {

    private static final String COLUMNS =
            "id, customer_id, device_id, binding_id, provider, purpose, order_id, points_to_spend, requested_at, status, "
                    + "answered_at, replacement_provider, replacement_account_kind, replacement_account_ciphertext";

    private final JdbiTransactionRunner transactions;
    private final EncryptedAccounts accounts;
    /** @param accounts keeps the account of a replacement's new wallet encrypted, as the bindings keep theirs */
    JdbiWalletReconfirmations(JdbiTransactionRunner transactions, EncryptedAccounts accounts) {
        this.transactions = transactions;
        this.accounts = accounts;
    }

    @Override
    public void add(WalletReconfirmation reconfirmation) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("INSERT INTO wallet_reconfirmations ("
                        + COLUMNS + """
                        ) VALUES (:id, :customerId, :deviceId, :bindingId, :provider, :purpose, :orderId,
                                  :pointsToSpend, :requestedAt, :status, :answeredAt, :replacementProvider,
                                  :replacementAccountKind, :replacementAccountCiphertext)""")
                .bind("id", reconfirmation.id().toString())
                .bind("customerId", reconfirmation.customerId().toString())
                .bind("deviceId", reconfirmation.device().toString())
                .bind("bindingId", reconfirmation.binding().toString())
                .bind("provider", reconfirmation.provider().name())
                .bind("purpose", reconfirmation.purpose().name())
                .bind("orderId", reconfirmation.order().map(OrderId::toString).orElse(null))
                .bind("pointsToSpend", reconfirmation.pointsToSpend())
                .bind("requestedAt", utc(reconfirmation.requestedAt()))
                .bind("status", reconfirmation.status().name())
                .bind("answeredAt", utc(reconfirmation.answeredAt()))
                .bind("replacementProvider", reconfirmation.replacement().map(wallet -> wallet.provider().name())
                        .orElse(null))
                .bind("replacementAccountKind", reconfirmation.replacement()
                        .map(wallet -> wallet.account().kind().name()).orElse(null))
                .bind("replacementAccountCiphertext", reconfirmation.replacement()
                        .map(wallet -> accounts.ciphertext(wallet.account())).orElse(null))
                .execute());
    }

    @Override
    public Optional<WalletReconfirmation> find(CustomerId customer, ReconfirmationId id) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM wallet_reconfirmations WHERE id = :id AND customer_id = :customerId")
                .bind("id", id.toString())
                .bind("customerId", customer.toString())
                .map((row, context) -> reconfirmation(row))
                .findOne());
    }

    @Override
    public void update(WalletReconfirmation reconfirmation) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        UPDATE wallet_reconfirmations SET status = :status, answered_at = :answeredAt
                        WHERE id = :id""")
                .bind("id", reconfirmation.id().toString())
                .bind("status", reconfirmation.status().name())
                .bind("answeredAt", utc(reconfirmation.answeredAt()))
                .execute());
    }

    private WalletReconfirmation reconfirmation(ResultSet row) throws SQLException {
        String replacementProvider = row.getString("replacement_provider");
        Optional<ReplacementWallet> replacement = replacementProvider == null ? Optional.empty()
                : Optional.of(new ReplacementWallet(WalletProvider.valueOf(replacementProvider),
                        accounts.decrypt(IdentifierKind.valueOf(row.getString("replacement_account_kind")),
                                row.getString("replacement_account_ciphertext"))));
        return new WalletReconfirmation(
                new ReconfirmationId(UUID.fromString(row.getString("id"))),
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                new DeviceId(UUID.fromString(row.getString("device_id"))),
                new BindingId(UUID.fromString(row.getString("binding_id"))),
                WalletProvider.valueOf(row.getString("provider")),
                WalletReconfirmation.Purpose.valueOf(row.getString("purpose")),
                Optional.ofNullable(row.getString("order_id")).map(UUID::fromString).map(OrderId::new),
                row.getLong("points_to_spend"),
                instant(row, "requested_at"),
                WalletReconfirmation.Status.valueOf(row.getString("status")),
                instant(row, "answered_at"),
                replacement);
    }
}
