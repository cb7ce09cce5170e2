package org.hexmall.adapter.out.wallet.simulated;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.ProviderSecrets;
import org.hexmall.simulator.wallet.api.ProviderSlugs;

/**
 * The store's side of the providers' signatures: checks that a message really comes from the provider, then reads
 * it. The providers sign as Alipay and WeChat Pay do: {@code sign} is base64url(HMAC-SHA256(secret, every other
 * parameter sorted by name, as {@code name=value} joined by {@code &})). Anything wrong makes the message
 * {@link ProviderMessage.Unverifiable}, never an exception: the parameters come from a browser or the network,
 * where anyone can write anything. Replays and stale messages are the store's to refuse, with the nonce and issue
 * time read here.
 */
final class SignedMessageReader {

    private static final String SIGN = "sign";
    /** The reasons the providers give for a failed payment. The store's own ones (no binding, ...) none sends. */
    private static final Set<PaymentFailureReason> SENT_BY_PROVIDERS = Set.of(
            PaymentFailureReason.INSUFFICIENT_BALANCE, PaymentFailureReason.WRONG_PAYMENT_PASSWORD,
            PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, PaymentFailureReason.DECLINED);
    /** Up to 18 digits always fit in a long; more are no amount or count a provider sends. */
    private static final int MAX_DIGITS = 18;

    private final ProviderSecrets secrets;

    SignedMessageReader(ProviderSecrets secrets) {
        this.secrets = secrets;
    }

    ProviderMessage read(WalletProvider provider, Map<String, String> parameters) {
        if (!provider.isSupported()) {
            return unverifiable("hexmall does not support " + provider + ", so no message from it is trusted");
        }
        if (parameters == null || !parameters.containsKey(SIGN)) {
            return unverifiable("no signature");
        }
        if (!isSignedBy(provider, parameters)) {
            return unverifiable("the signature does not match the parameters");
        }
        if (!ProviderSlugs.slugOf(provider).equals(parameters.get("provider"))) {
            return unverifiable("the message names another provider");
        }
        String nonce = parameters.get("nonce");
        Optional<Instant> issuedAt = epochSeconds(parameters.get("timestamp"));
        if (nonce == null || nonce.isBlank() || issuedAt.isEmpty()) {
            return unverifiable("no nonce or no valid timestamp");
        }
        String state = parameters.get("state");
        String agreementToken = parameters.get("agreement_token");
        return switch (String.valueOf(parameters.get("type"))) {
            case "authorization_approved" -> state == null || agreementToken == null
                    ? unverifiable("an approval needs a state and an agreement token")
                    : new ProviderMessage.AuthorizationApproved(state, agreementToken, nonce, issuedAt.get());
            case "authorization_rejected" -> state == null
                    ? unverifiable("a rejection needs a state")
                    : new ProviderMessage.AuthorizationRejected(state, nonce, issuedAt.get());
            case "reconfirmation_approved" -> state == null
                    ? unverifiable("a re-confirmation needs a state")
                    : new ProviderMessage.ReconfirmationApproved(state, nonce, issuedAt.get());
            case "reconfirmation_rejected" -> state == null
                    ? unverifiable("a refused re-confirmation needs a state")
                    : new ProviderMessage.ReconfirmationRejected(state, nonce, issuedAt.get());
            case "agreement_cancelled" -> agreementToken == null
                    ? unverifiable("a cancellation needs an agreement token")
                    : new ProviderMessage.AgreementCancelled(agreementToken, nonce, issuedAt.get());
            case "payment_succeeded", "payment_failed", "payment_cancelled" ->
                    PaymentResultFields.read(parameters, nonce, issuedAt.get());
            case "refund_succeeded", "refund_failed" -> refundConfirmation(parameters, nonce, issuedAt.get());
            default -> unverifiable("unknown message type");
        };
    }

    /** Compares in constant time, so the time taken tells a forger nothing about how close a guess was. */
    private boolean isSignedBy(WalletProvider provider, Map<String, String> parameters) {
        String canonical = parameters.entrySet().stream()
                .filter(parameter -> !parameter.getKey().equals(SIGN))
                .sorted(Map.Entry.comparingByKey())
                .map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                .collect(Collectors.joining("&"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.of(provider), "HmacSHA256"));
            String expected = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    parameters.get(SIGN).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", missing);
        }
    }

    private static Optional<Instant> epochSeconds(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        } catch (NumberFormatException | DateTimeException notATime) {
            return Optional.empty();
        }
    }

    /**
     * How a refund the provider answered "processing" ended: the payment, the store's refund number and the amount,
     * with the provider's reference when it succeeded and its reason when it failed.
     */
    private static ProviderMessage refundConfirmation(Map<String, String> parameters, String nonce,
                                                      Instant issuedAt) {
        Optional<PaymentId> payment = PaymentResultFields.paymentId(parameters.get("payment"));
        String refundNumber = parameters.get("refund_number");
        Optional<Long> amountFen = PaymentResultFields.wholeNumber(parameters.get("amount_fen"));
        if (payment.isEmpty() || refundNumber == null || refundNumber.isBlank() || amountFen.isEmpty()) {
            return unverifiable("a refund's confirmation needs a payment id, a refund number and an amount in fen");
        }
        Money amount = Money.ofFen(amountFen.get());
        if (parameters.get("type").equals("refund_failed")) {
            String why = parameters.get("reason");
            return new ProviderMessage.RefundFailed(payment.get(), refundNumber, amount,
                    why == null || why.isBlank() ? "refund failed" : why, nonce, issuedAt);
        }
        String providerRefund = parameters.get("provider_refund");
        if (providerRefund == null || providerRefund.isBlank()) {
            return unverifiable("a successful refund needs the provider's reference");
        }
        return new ProviderMessage.RefundSucceeded(payment.get(), refundNumber, amount, providerRefund, nonce,
                issuedAt);
    }

    private static ProviderMessage unverifiable(String why) {
        return new ProviderMessage.Unverifiable(why);
    }

    /** The fields every payment result carries, read strictly: one that is missing or malformed spoils the message. */
    private record PaymentResultFields(PaymentId payment, String orderNumber, Money amount, int wrongPasswords) {

        static ProviderMessage read(Map<String, String> parameters, String nonce, Instant issuedAt) {
            Optional<PaymentId> payment = paymentId(parameters.get("payment"));
            String orderNumber = parameters.get("order_number");
            Optional<Long> amountFen = wholeNumber(parameters.get("amount_fen"));
            Optional<Long> wrongPasswords = wholeNumber(parameters.get("wrong_passwords"))
                    .filter(count -> count <= Integer.MAX_VALUE);
            if (payment.isEmpty() || orderNumber == null || orderNumber.isBlank() || amountFen.isEmpty()
                    || wrongPasswords.isEmpty()) {
                return unverifiable("a payment result needs a payment id, an order number, an amount in fen "
                        + "and a count of wrong passwords");
            }
            var fields = new PaymentResultFields(payment.get(), orderNumber, Money.ofFen(amountFen.get()),
                    wrongPasswords.get().intValue());
            return switch (parameters.get("type")) {
                case "payment_succeeded" -> fields.succeeded(parameters.get("transaction"), nonce, issuedAt);
                case "payment_failed" -> fields.failed(parameters, nonce, issuedAt);
                default -> new ProviderMessage.PaymentCancelled(fields.payment, fields.orderNumber, fields.amount,
                        fields.wrongPasswords, nonce, issuedAt);
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
            Optional<PaymentFailureReason> reason = SENT_BY_PROVIDERS.stream()
                    .filter(sent -> sent.name().toLowerCase(Locale.ROOT).equals(parameters.get("reason")))
                    .findFirst();
            if (reason.isEmpty()) {
                return unverifiable("a failed payment needs a reason the providers give");
            }
            String attemptsText = parameters.get("attempts_left");
            String lockedText = parameters.get("locked_until");
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
