package org.hexmall.simulator.wallet.payment;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.simulator.wallet.notification.MessageFields;
import org.hexmall.simulator.wallet.notification.MessageType;
import org.hexmall.simulator.wallet.notification.SignedMessages;

/**
 * The signed result of a payment that has ended, the same through the customer's browser and in a notification:
 * succeeded when it was paid, failed with its reason, cancelled when the customer left without typing a wrong
 * password or the merchant closed it. A wrong password comes with the attempts left, a locked one with the time its
 * lock ends, so that the store can tell the customer.
 */
final class PaymentResults {

    private static final Set<PaymentFailureReason> SENT_BY_PROVIDERS = Set.of(
            PaymentFailureReason.INSUFFICIENT_BALANCE, PaymentFailureReason.WRONG_PAYMENT_PASSWORD,
            PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, PaymentFailureReason.DECLINED);

    private final SignedMessages messages;

    PaymentResults(SignedMessages messages) {
        this.messages = messages;
    }

    Map<String, String> of(SimulatedPayment ended) {
        Map<String, String> fields = unsigned(ended);
        return messages.sign(ended.provider(), typeOf(ended), fields);
    }

    /** The result's fields before signing, as a notification keeps them to sign each attempt afresh. */
    Map<String, String> unsigned(SimulatedPayment ended) {
        Map<String, String> fields = new TreeMap<>(Map.of(
                MessageFields.PAYMENT, ended.merchantPayment().toString(),
                MessageFields.ORDER_NUMBER, ended.orderNumber(),
                MessageFields.AMOUNT_FEN, Long.toString(ended.amountFen()),
                MessageFields.WRONG_PASSWORDS, Integer.toString(ended.wrongPasswords())));
        switch (ended.status()) {
            case OPEN -> throw new IllegalArgumentException("an open payment has no result yet");
            case PAID -> fields.put(MessageFields.TRANSACTION, ended.transaction());
            case CANCELLED, CLOSED -> {
            }
            case FAILED -> {
                fields.put(MessageFields.REASON, wireName(ended.failureReason()));
                if (ended.failureReason() == PaymentFailureReason.WRONG_PAYMENT_PASSWORD) {
                    fields.put(MessageFields.ATTEMPTS_LEFT, Integer.toString(ended.attemptsLeft()));
                }
                if (ended.failureReason() == PaymentFailureReason.PAYMENT_PASSWORD_LOCKED) {
                    fields.put(MessageFields.LOCKED_UNTIL,
                            Long.toString(wholeSecondsUpTo(ended.passwordLockedUntil())));
                }
            }
        }
        return fields;
    }

    private static MessageType typeOf(SimulatedPayment ended) {
        return switch (ended.status()) {
            case OPEN -> throw new IllegalArgumentException("an open payment has no result yet");
            case PAID -> MessageType.PAYMENT_SUCCEEDED;
            case CANCELLED, CLOSED -> MessageType.PAYMENT_CANCELLED;
            case FAILED -> MessageType.PAYMENT_FAILED;
        };
    }

    /**
     * The reason as the providers spell it: {@code insufficient_balance}, {@code wrong_payment_password},
     * {@code payment_password_locked}, {@code declined}. The store's other reasons (no binding, provider
     * unreachable) are its own findings, which no provider gives.
     */
    private static String wireName(PaymentFailureReason reason) {
        if (!SENT_BY_PROVIDERS.contains(reason)) {
            throw new IllegalArgumentException("a provider never gives " + reason + " as a reason");
        }
        return reason.name().toLowerCase(Locale.ROOT);
    }

    /** Rounded up, so that a customer told the lock ends at a second never finds it still locked then. */
    private static long wholeSecondsUpTo(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }
}
