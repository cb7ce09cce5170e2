package org.hexmall.adapter.out.wallet.mock;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The provider's side of the signatures: writes the signed messages a simulated provider sends back to the
 * store, each with a fresh nonce and the time it was issued.
 */
final class SignedMessageWriter {

    private final ProviderSecrets secrets;
    private final Clock clock;

    SignedMessageWriter(ProviderSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    Map<String, String> authorizationApproved(WalletProvider provider, String state, String agreementToken) {
        return signed(provider, MessageType.AUTHORIZATION_APPROVED,
                Map.of(MessageFields.STATE, state, MessageFields.AGREEMENT_TOKEN, agreementToken));
    }

    Map<String, String> authorizationRejected(WalletProvider provider, String state) {
        return signed(provider, MessageType.AUTHORIZATION_REJECTED, Map.of(MessageFields.STATE, state));
    }

    Map<String, String> agreementCancelled(WalletProvider provider, String agreementToken) {
        return signed(provider, MessageType.AGREEMENT_CANCELLED,
                Map.of(MessageFields.AGREEMENT_TOKEN, agreementToken));
    }

    /**
     * The result of a payment that has ended: succeeded when it was paid, failed with its reason, cancelled
     * when the customer left without typing a wrong password or the merchant closed it. A wrong password comes
     * with the attempts left, a locked one with the time its lock ends, so the store can tell the customer.
     */
    Map<String, String> paymentResult(SimulatedPayment ended) {
        Map<String, String> fields = new TreeMap<>(Map.of(
                MessageFields.PAYMENT, ended.merchantPayment().toString(),
                MessageFields.ORDER_NUMBER, ended.orderNumber(),
                MessageFields.AMOUNT_FEN, Long.toString(ended.amountFen()),
                MessageFields.WRONG_PASSWORDS, Integer.toString(ended.wrongPasswords())));
        MessageType type = switch (ended.status()) {
            case OPEN -> throw new IllegalArgumentException("an open payment has no result yet");
            case PAID -> {
                fields.put(MessageFields.TRANSACTION, ended.transaction());
                yield MessageType.PAYMENT_SUCCEEDED;
            }
            case CANCELLED, CLOSED -> MessageType.PAYMENT_CANCELLED;
            case FAILED -> {
                fields.put(MessageFields.REASON, PaymentFailureCodes.wireName(ended.failureReason()));
                if (ended.failureReason() == PaymentFailureReason.WRONG_PAYMENT_PASSWORD) {
                    fields.put(MessageFields.ATTEMPTS_LEFT, Integer.toString(ended.attemptsLeft()));
                }
                if (ended.failureReason() == PaymentFailureReason.PAYMENT_PASSWORD_LOCKED) {
                    fields.put(MessageFields.LOCKED_UNTIL,
                            Long.toString(wholeSecondsUpTo(ended.passwordLockedUntil())));
                }
                yield MessageType.PAYMENT_FAILED;
            }
        };
        return signed(ended.provider(), type, fields);
    }

    /** Rounded up, so that a customer told the lock ends at a second never finds it still locked then. */
    private static long wholeSecondsUpTo(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }

    /** Sorted by name, which is how they are signed, and how they read best in a URL. */
    private Map<String, String> signed(WalletProvider provider, MessageType type, Map<String, String> fields) {
        Map<String, String> message = new TreeMap<>(fields);
        message.put(MessageFields.TYPE, type.wireName());
        message.put(MessageFields.PROVIDER, ProviderSlugs.slugOf(provider));
        message.put(MessageFields.NONCE, SimulatorTokens.next());
        message.put(MessageFields.TIMESTAMP, Long.toString(clock.instant().getEpochSecond()));
        message.put(ParameterSignature.SIGN, ParameterSignature.sign(secrets.of(provider), message));
        return Collections.unmodifiableMap(message);
    }
}
