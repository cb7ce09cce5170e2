package org.hexmall.adapter.out.wallet.mock;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The store's side of the signatures: checks that a message really comes from the provider, then reads it.
 * Anything wrong makes it {@link ProviderMessage.Unverifiable}, never an exception: the parameters come from
 * a browser or the network, where anyone can write anything. Replays and stale messages are the store's to
 * refuse, with the nonce and issue time read here.
 */
final class SignedMessageReader {

    private final ProviderSecrets secrets;

    SignedMessageReader(ProviderSecrets secrets) {
        this.secrets = secrets;
    }

    ProviderMessage read(WalletProvider provider, Map<String, String> parameters) {
        if (!provider.isSupported()) {
            return unverifiable("hexmall does not support " + provider + ", so no message from it is trusted");
        }
        if (parameters == null || !parameters.containsKey(ParameterSignature.SIGN)) {
            return unverifiable("no signature");
        }
        if (!ParameterSignature.isValid(secrets.of(provider), parameters)) {
            return unverifiable("the signature does not match the parameters");
        }
        if (!ProviderSlugs.slugOf(provider).equals(parameters.get(MessageFields.PROVIDER))) {
            return unverifiable("the message names another provider");
        }
        String nonce = parameters.get(MessageFields.NONCE);
        Optional<Instant> issuedAt = epochSeconds(parameters.get(MessageFields.TIMESTAMP));
        if (nonce == null || nonce.isBlank() || issuedAt.isEmpty()) {
            return unverifiable("no nonce or no valid timestamp");
        }
        Optional<MessageType> type = MessageType.fromWireName(parameters.get(MessageFields.TYPE));
        if (type.isEmpty()) {
            return unverifiable("unknown message type");
        }
        String state = parameters.get(MessageFields.STATE);
        String agreementToken = parameters.get(MessageFields.AGREEMENT_TOKEN);
        return switch (type.get()) {
            case AUTHORIZATION_APPROVED -> state == null || agreementToken == null
                    ? unverifiable("an approval needs a state and an agreement token")
                    : new ProviderMessage.AuthorizationApproved(state, agreementToken, nonce, issuedAt.get());
            case AUTHORIZATION_REJECTED -> state == null
                    ? unverifiable("a rejection needs a state")
                    : new ProviderMessage.AuthorizationRejected(state, nonce, issuedAt.get());
            case AGREEMENT_CANCELLED -> agreementToken == null
                    ? unverifiable("a cancellation needs an agreement token")
                    : new ProviderMessage.AgreementCancelled(agreementToken, nonce, issuedAt.get());
            case PAYMENT_SUCCEEDED, PAYMENT_FAILED, PAYMENT_CANCELLED ->
                    PaymentResultFields.read(type.get(), parameters, nonce, issuedAt.get());
        };
    }

    static Optional<Instant> epochSeconds(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        } catch (NumberFormatException | DateTimeException notATime) {
            return Optional.empty();
        }
    }

    private static ProviderMessage unverifiable(String why) {
        return new ProviderMessage.Unverifiable(why);
    }

    /** The fields every payment result carries, read strictly: one that is missing or malformed spoils the message. */
    private record PaymentResultFields(PaymentId payment, String orderNumber, Money amount, int wrongPasswords) {

        static ProviderMessage read(MessageType type, Map<String, String> parameters, String nonce,
                                    Instant issuedAt) {
            Optional<PaymentId> payment = paymentId(parameters.get(MessageFields.PAYMENT));
            String orderNumber = parameters.get(MessageFields.ORDER_NUMBER);
            Optional<Long> amountFen = wholeNumber(parameters.get(MessageFields.AMOUNT_FEN));
            Optional<Long> wrongPasswords = wholeNumber(parameters.get(MessageFields.WRONG_PASSWORDS))
                    .filter(count -> count <= Integer.MAX_VALUE);
            if (payment.isEmpty() || orderNumber == null || orderNumber.isBlank() || amountFen.isEmpty()
                    || wrongPasswords.isEmpty()) {
                return unverifiable("a payment result needs a payment id, an order number, an amount in fen "
                        + "and a count of wrong passwords");
            }
            var fields = new PaymentResultFields(payment.get(), orderNumber, Money.ofFen(amountFen.get()),
                    wrongPasswords.get().intValue());
            return switch (type) {
                case PAYMENT_SUCCEEDED -> fields.succeeded(parameters.get(MessageFields.TRANSACTION), nonce, issuedAt);
                case PAYMENT_FAILED -> fields.failed(parameters, nonce, issuedAt);
                case PAYMENT_CANCELLED -> new ProviderMessage.PaymentCancelled(fields.payment, fields.orderNumber,
                        fields.amount, fields.wrongPasswords, nonce, issuedAt);
                default -> throw new IllegalArgumentException(type + " is not a payment result");
            };
        }

        private ProviderMessage succeeded(String transaction, String nonce, Instant issuedAt) {
            if (transaction == null || transaction.isBlank()) {
                return unverifiable("a successful payment needs the provider's transaction id");
            }
            return new ProviderMessage.PaymentSucceeded(payment, orderNumber, amount, transaction, wrongPasswords,
                    nonce, issuedAt);
        }

        /**
         * A wrong password must say how many attempts are left, a locked one until when: the customer needs to
         * know.
         */
        private ProviderMessage failed(Map<String, String> parameters, String nonce, Instant issuedAt) {
            Optional<PaymentFailureReason> reason = Optional.ofNullable(parameters.get(MessageFields.REASON))
                    .flatMap(PaymentFailureCodes::fromWireName);
            if (reason.isEmpty()) {
                return unverifiable("a failed payment needs a reason the providers give");
            }
            String attemptsText = parameters.get(MessageFields.ATTEMPTS_LEFT);
            String lockedText = parameters.get(MessageFields.LOCKED_UNTIL);
            Optional<Long> attemptsLeft = wholeNumber(attemptsText).filter(count -> count <= Integer.MAX_VALUE);
            Optional<Instant> lockedUntil = epochSeconds(lockedText);
            if ((attemptsText != null && attemptsLeft.isEmpty()) || (lockedText != null && lockedUntil.isEmpty())) {
                return unverifiable("the attempts left or the end of the lock is malformed");
            }
            if (reason.get() == PaymentFailureReason.WRONG_PAYMENT_PASSWORD && attemptsLeft.isEmpty()) {
                return unverifiable("a wrong payment password needs the attempts left");
            }
            if (reason.get() == PaymentFailureReason.PAYMENT_PASSWORD_LOCKED && lockedUntil.isEmpty()) {
                return unverifiable("a locked payment password needs the end of the lock");
            }
            OptionalInt attempts = attemptsLeft.map(count -> OptionalInt.of(count.intValue()))
                    .orElse(OptionalInt.empty());
            return new ProviderMessage.PaymentFailed(payment, orderNumber, amount, reason.get(), wrongPasswords,
                    attempts, lockedUntil, nonce, issuedAt);
        }

        private static Optional<PaymentId> paymentId(String text) {
            try {
                return text == null ? Optional.empty() : Optional.of(new PaymentId(UUID.fromString(text)))
                        .filter(id -> id.value().toString().equals(text));
            } catch (IllegalArgumentException notAUuid) {
                return Optional.empty();
            }
        }

        /** Up to 18 digits always fit in a long; more are no amount or count a provider sends. */
        private static final int MAX_DIGITS = 18;

        /** Digits only, no sign, no spaces: what the provider writes, and nothing that merely parses. */
        private static Optional<Long> wholeNumber(String text) {
            if (text == null || text.isEmpty() || text.length() > MAX_DIGITS
                    || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(text));
        }
    }
}
