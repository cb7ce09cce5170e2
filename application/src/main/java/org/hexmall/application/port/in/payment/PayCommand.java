package org.hexmall.application.port.in.payment;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.risk.DeviceTrust;
import org.hexmall.domain.wallet.BindingId;

/**
 * @param wallet         the bound wallet to pay with; empty for the one the store picks (preferred, or the only one)
 * @param idempotencyKey the client's key for this request; empty when the client sent none
 * @param returnAddress  where the wallet app sends the customer back with its signed result
 * @param device         what the store knows of the device the customer pays from, for the risk rules
 */
public record PayCommand(CustomerId customerId, OrderId orderId, Optional<BindingId> wallet,
                         Optional<IdempotencyKey> idempotencyKey, ReturnAddress returnAddress, DeviceTrust device) {

    public PayCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(returnAddress, "returnAddress");
        Objects.requireNonNull(device, "device");
    }

    /** A payment from a device the caller knows nothing about: the device rule stays silent. */
    public PayCommand(CustomerId customerId, OrderId orderId, Optional<BindingId> wallet,
                      Optional<IdempotencyKey> idempotencyKey, ReturnAddress returnAddress) {
        this(customerId, orderId, wallet, idempotencyKey, returnAddress, DeviceTrust.UNKNOWN);
    }
}
