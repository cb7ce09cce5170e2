package org.hexmall.domain.risk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.shared.Money;

/**
 * What the payment rules look at, gathered by the use case before a payment starts.
 *
 * @param usualAmounts           the customer's latest successful payments in the usual-amount window
 * @param earlierPayments        payments the customer started in the velocity window, this one not counted
 * @param wrongPaymentPasswords  payments that failed on a wrong (or locked) payment password in its window, in any
 *                               of the customer's wallets
 * @param lastBoundAt            when the customer last started binding a wallet that is now bound, if ever
 */
public record PaymentFacts(Money amount, DeviceTrust device, List<Money> usualAmounts, int earlierPayments,
                           int wrongPaymentPasswords, Optional<Instant> lastBoundAt, Instant now) {

    public PaymentFacts {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(device, "device");
        usualAmounts = List.copyOf(usualAmounts);
        Objects.requireNonNull(lastBoundAt, "lastBoundAt");
        Objects.requireNonNull(now, "now");
    }
}
