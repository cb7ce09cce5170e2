package org.hexmall.domain.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * One attempt to pay an order with a bound wallet. It is recorded before the provider is called, its
 * outcome after, and every step lands in its timeline; {@link PaymentStatus} decides which moves exist.
 */
public final class Payment {

    private final PaymentId id;
    private final OrderId orderId;
    private final BindingId bindingId;
    private final WalletProvider provider;
    private final Money amount;
    private PaymentStatus status;
    private PaymentFailureReason failureReason;
    private String providerTransaction;
    private final List<PaymentEvent> timeline;

    private Payment(PaymentId id, OrderId orderId, BindingId bindingId, WalletProvider provider, Money amount,
                    PaymentStatus status, PaymentFailureReason failureReason, String providerTransaction,
                    List<PaymentEvent> timeline) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.bindingId = Objects.requireNonNull(bindingId, "bindingId");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.status = Objects.requireNonNull(status, "status");
        this.failureReason = failureReason;
        this.providerTransaction = providerTransaction;
        this.timeline = new ArrayList<>(timeline);
        if (amount.isZero()) {
            throw new DomainException("payment.zero-amount");
        }
    }

    /** A payment recorded before the provider is asked for anything. */
    public static Payment create(PaymentId id, OrderId orderId, BindingId bindingId, WalletProvider provider,
                                 Money amount, Instant now) {
        return new Payment(id, orderId, bindingId, provider, amount, PaymentStatus.CREATED, null, null,
                List.of(new PaymentEvent(now, PaymentStatus.CREATED, Optional.empty())));
    }

    /** A payment as it was stored. */
    public static Payment reconstitute(PaymentId id, OrderId orderId, BindingId bindingId, WalletProvider provider,
                                       Money amount, PaymentStatus status,
                                       Optional<PaymentFailureReason> failureReason,
                                       Optional<String> providerTransaction, List<PaymentEvent> timeline) {
        return new Payment(id, orderId, bindingId, provider, amount, status, failureReason.orElse(null),
                providerTransaction.orElse(null), timeline);
    }

    /** The provider accepted the payment; the customer is sent to the wallet app to confirm it. */
    public void awaitConfirmation(Instant now) {
        moveTo(PaymentStatus.AWAITING_CONFIRMATION, now, Optional.empty());
    }

    /** The wallet was charged; {@code transaction} is the provider's reference for it. */
    public void succeed(String transaction, Instant now) {
        if (transaction == null || transaction.isBlank()) {
            throw new IllegalArgumentException("a successful payment has the provider's transaction reference");
        }
        moveTo(PaymentStatus.SUCCEEDED, now, Optional.empty());
        this.providerTransaction = transaction;
    }

    public void fail(PaymentFailureReason reason, Instant now) {
        moveTo(PaymentStatus.FAILED, now, Optional.of(reason.name()));
        this.failureReason = reason;
    }

    public void cancel(Instant now) {
        moveTo(PaymentStatus.CANCELLED, now, Optional.empty());
    }

    /** The provider did not answer in time: nobody knows yet whether the wallet was charged. */
    public void outcomeUnknown(Instant now) {
        moveTo(PaymentStatus.UNKNOWN, now, Optional.empty());
    }

    /** Records something that happened without changing the status, such as a wrong password entered. */
    public void note(String detail, Instant now) {
        timeline.add(new PaymentEvent(now, status, Optional.of(detail)));
    }

    private void moveTo(PaymentStatus target, Instant now, Optional<String> detail) {
        if (!status.canMoveTo(target)) {
            throw new DomainException("payment.illegal-transition", status, target);
        }
        status = target;
        timeline.add(new PaymentEvent(now, target, detail));
    }

    public PaymentId id() {
        return id;
    }

    public OrderId orderId() {
        return orderId;
    }

    public BindingId bindingId() {
        return bindingId;
    }

    public WalletProvider provider() {
        return provider;
    }

    public Money amount() {
        return amount;
    }

    public PaymentStatus status() {
        return status;
    }

    public Optional<PaymentFailureReason> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public Optional<String> providerTransaction() {
        return Optional.ofNullable(providerTransaction);
    }

    /** Every step so far, oldest first. */
    public List<PaymentEvent> timeline() {
        return List.copyOf(timeline);
    }
}
