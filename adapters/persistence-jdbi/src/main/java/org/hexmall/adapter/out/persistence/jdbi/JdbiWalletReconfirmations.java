package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.ReconfirmationId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.domain.wallet.WalletReconfirmation;
import org.jdbi.v3.core.mapper.RowMapper;

/** Wallet re-confirmation requests in the {@code wallet_reconfirmations} table. */
public final class JdbiWalletReconfirmations implements WalletReconfirmations {

    private static final String COLUMNS =
            "id, customer_id, device_id, binding_id, provider, purpose, order_id, requested_at, status, answered_at";

    private static final RowMapper<WalletReconfirmation> RECONFIRMATION = (row, context) -> new WalletReconfirmation(
            new ReconfirmationId(UUID.fromString(row.getString("id"))),
            new CustomerId(UUID.fromString(row.getString("customer_id"))),
            new DeviceId(UUID.fromString(row.getString("device_id"))),
            new BindingId(UUID.fromString(row.getString("binding_id"))),
            WalletProvider.valueOf(row.getString("provider")),
            WalletReconfirmation.Purpose.valueOf(row.getString("purpose")),
            Optional.ofNullable(row.getString("order_id")).map(UUID::fromString).map(OrderId::new),
            instant(row, "requested_at"),
            WalletReconfirmation.Status.valueOf(row.getString("status")),
            instant(row, "answered_at"));

    private final JdbiTransactionRunner transactions;

    JdbiWalletReconfirmations(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(WalletReconfirmation reconfirmation) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("INSERT INTO wallet_reconfirmations ("
                        + COLUMNS + """
                        ) VALUES (:id, :customerId, :deviceId, :bindingId, :provider, :purpose, :orderId, :requestedAt,
                                  :status, :answeredAt)""")
                .bind("id", reconfirmation.id().toString())
                .bind("customerId", reconfirmation.customerId().toString())
                .bind("deviceId", reconfirmation.device().toString())
                .bind("bindingId", reconfirmation.binding().toString())
                .bind("provider", reconfirmation.provider().name())
                .bind("purpose", reconfirmation.purpose().name())
                .bind("orderId", reconfirmation.order().map(OrderId::toString).orElse(null))
                .bind("requestedAt", utc(reconfirmation.requestedAt()))
                .bind("status", reconfirmation.status().name())
                .bind("answeredAt", utc(reconfirmation.answeredAt()))
                .execute());
    }

    @Override
    public Optional<WalletReconfirmation> find(CustomerId customer, ReconfirmationId id) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM wallet_reconfirmations WHERE id = :id AND customer_id = :customerId")
                .bind("id", id.toString())
                .bind("customerId", customer.toString())
                .map(RECONFIRMATION)
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
}
