package org.hexmall.domain.risk;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.shared.Money;

/**
 * What was attempted, as the agent reads it: a payment of an amount for an order, the binding of a wallet, a login.
 *
 * @param amount        the payment's amount; empty for other attempts
 * @param subject       what it concerned, never a secret: the order number, the wallet and its masked account,
 *                      or the customer's own words for a report
 * @param clientAddress the address the attempt came from, when known
 */
public record RiskAttempt(AttemptKind kind, Optional<Money> amount, String subject, String clientAddress) {

    public static final int MAX_SUBJECT_LENGTH = 200;

    public RiskAttempt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        subject = subject == null ? "" : subject.strip();
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            subject = subject.substring(0, MAX_SUBJECT_LENGTH);
        }
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    public static RiskAttempt payment(Money amount, String orderNumber) {
        return new RiskAttempt(AttemptKind.PAYMENT, Optional.of(amount), orderNumber, "");
    }

    public static RiskAttempt binding(String wallet) {
        return new RiskAttempt(AttemptKind.BINDING, Optional.empty(), wallet, "");
    }

    public static RiskAttempt login(String clientAddress) {
        return new RiskAttempt(AttemptKind.LOGIN, Optional.empty(), "", clientAddress);
    }
}
