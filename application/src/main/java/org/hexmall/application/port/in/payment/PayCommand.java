package org.hexmall.application.port.in.payment;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.wallet.ReconfirmationReturn;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingId;

/**
 * @param wallet         the bound wallet to pay with; empty for the one the store picks (preferred, or the only one)
 * @param idempotencyKey the client's key for this request; empty when the client sent none
 * @param returnAddress  where the wallet app sends the customer back with its signed result
 * @param device         the device the customer's session was opened on, whose trust the risk rules weigh; empty
 *                       for a client that is no device (the JSON API), which the device rule says nothing about
 * @param reconfirmationReturn where the wallet app sends the customer back after re-confirming the wallet on a new
 *                       device, when the store asks for that first
 * @param pointsToSpend  the points the customer chose to spend on the order (100 are ¥1); 0 for none. Pricing spends
 *                       whole yuan only, at most half the amount to pay, within the balance
 */
public record PayCommand(CustomerId customerId, OrderId orderId, Optional<BindingId> wallet,
                         Optional<IdempotencyKey> idempotencyKey, ReturnAddress returnAddress,
                         Optional<DeviceId> device, ReconfirmationReturn reconfirmationReturn,
                         long pointsToSpend) {

    public PayCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(returnAddress, "returnAddress");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(reconfirmationReturn, "reconfirmationReturn");
        if (pointsToSpend < 0) {
            throw new IllegalArgumentException("points to spend are never negative");
        }
    }

    /** A payment spending no points. */
    public PayCommand(CustomerId customerId, OrderId orderId, Optional<BindingId> wallet,
                      Optional<IdempotencyKey> idempotencyKey, ReturnAddress returnAddress,
                      Optional<DeviceId> device, ReconfirmationReturn reconfirmationReturn) {
        this(customerId, orderId, wallet, idempotencyKey, returnAddress, device, reconfirmationReturn, 0);
    }
}
