package org.hexmall.application.port.in.payment;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingId;

/**
 * @param wallet         the bound wallet to pay with; empty for the preferred one
 * @param idempotencyKey the client's key for this request (the payment form's one-time key, or the API's
 *                       {@code Idempotency-Key}); empty when the client sent none
 * @param returnUrl      where the wallet app sends the customer back with its signed result
 */
public record PayCommand(CustomerId customerId, OrderId orderId, Optional<BindingId> wallet,
                         Optional<String> idempotencyKey, URI returnUrl) {

    /** Longer keys are refused: a key is an identifier, not a payload. */
    public static final int MAX_KEY_LENGTH = 255;

    public PayCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(returnUrl, "returnUrl");
    }
}
