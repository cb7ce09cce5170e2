package org.hexmall.application.port.in.payment;

/**
 * The customer pays an order with a bound wallet (settle → choose wallet → wallet app). The payment is
 * recorded before the provider is called and its outcome after, never inside one transaction with the call.
 * Sending the same command again with the same idempotency key answers the first result.
 */
public interface PayForOrder {

    PayResult pay(PayCommand command);
}
