package org.hexmall.simulator.wallet.payment;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Money a simulated provider gave back from a paid payment, once per refund number the merchant chose.
 *
 * @param refundNumber   the merchant's number for the refund; the provider refunds each one once
 * @param providerRefund the provider's own reference for it, which the store keeps
 * @param paymentId      the provider's id of the payment it came from ({@link SimulatedPayment#id()})
 * @param failed         the provider took the request but the refund did not go through: nothing was credited,
 *                       and the number stays failed
 */
public record SimulatedRefund(WalletProvider provider, String refundNumber, String providerRefund, String paymentId,
                              long amountFen, Instant refundedAt, boolean failed) {

    /** Longer refund numbers are refused, as real providers limit theirs (and the simulator's table does). */
    public static final int MAX_REFUND_NUMBER_LENGTH = 64;

    public SimulatedRefund {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(refundNumber, "refundNumber");
        Objects.requireNonNull(providerRefund, "providerRefund");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(refundedAt, "refundedAt");
        if (refundNumber.isBlank() || refundNumber.length() > MAX_REFUND_NUMBER_LENGTH) {
            throw new IllegalArgumentException("a refund number has 1 to " + MAX_REFUND_NUMBER_LENGTH + " characters");
        }
        if (amountFen <= 0) {
            throw new IllegalArgumentException("a refund gives back at least one fen");
        }
    }
}
