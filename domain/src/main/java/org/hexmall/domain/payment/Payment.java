package org.hexmall.domain.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * One attempt to pay an order with a bound wallet. It is recorded before the provider is called, its
 * outcome after, and every step lands in its timeline; {@link PaymentStatus} decides which moves exist.
 */
public final class Payment {

    private final PaymentId id;
    private final OrderId orderId;
    private final OrderNumber orderNumber;
    private final CustomerId customerId;
    private final BindingId bindingId;
    private final WalletProvider provider;
    private final Money amount;
    private PaymentStatus status;
    private PaymentFailureReason failureReason;
    /** With {@link PaymentFailureReason#PAYMENT_PASSWORD_LOCKED}: when the wallet's lock ends, as the wallet said. */
    private Instant passwordLockedUntil;
    private String providerTransaction;
    private String confirmationUrl;
    private boolean refundDue;
    private final List<Refund> refunds;
    private final List<PaymentEvent> timeline;

    private Payment(PaymentId id, OrderId orderId, OrderNumber orderNumber, CustomerId customerId,
                    BindingId bindingId, WalletProvider provider, Money amount, PaymentStatus status,
                    PaymentFailureReason failureReason, String providerTransaction, String confirmationUrl,
                    boolean refundDue, List<Refund> refunds, List<PaymentEvent> timeline) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.bindingId = Objects.requireNonNull(bindingId, "bindingId");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.status = Objects.requireNonNull(status, "status");
        this.failureReason = failureReason;
        this.providerTransaction = providerTransaction;
        this.confirmationUrl = confirmationUrl;
        this.refundDue = refundDue;
        this.refunds = new ArrayList<>(refunds);
        this.timeline = new ArrayList<>(timeline);
        if (this.timeline.isEmpty()) {
            throw new IllegalArgumentException("a payment's timeline starts when it is created");
        }
    }

    /** A payment of the whole order with the customer's wallet, recorded before the provider is asked for anything. */
    public static Payment forOrder(PaymentId id, Order order, WalletBinding wallet, Instant now) {
        return forOrder(id, order, wallet, order.total(), now);
    }

    /**
     * A payment of the order with the customer's wallet for {@code amount}: the order's total less what promotions
     * and points took off, recorded before the provider is asked for anything. It is zero when they cover the whole
     * order; no wallet is asked to charge such a payment (see {@link #coveredInFull}).
     */
    public static Payment forOrder(PaymentId id, Order order, WalletBinding wallet, Money amount, Instant now) {
        if (!wallet.customerId().equals(order.customerId())) {
            throw new IllegalArgumentException("an order is paid with its own customer's wallet");
        }
        if (amount.isGreaterThan(order.total())) {
            throw new IllegalArgumentException("a payment never charges more than its order's total");
        }
        return start(id, order.id(), order.number(), order.customerId(), wallet.id(), wallet.provider(), amount,
                now);
    }

    /**
     * A payment recorded before the provider is asked for anything.
     *
     * @param orderNumber the number the wallet app shows, which every result of the payment must name
     * @param customerId  the customer who pays: the order's
     */
    public static Payment create(PaymentId id, OrderId orderId, OrderNumber orderNumber, CustomerId customerId,
                                 BindingId bindingId, WalletProvider provider, Money amount, Instant now) {
        if (amount.isZero()) {
            throw new DomainException("payment.zero-amount");
        }
        return start(id, orderId, orderNumber, customerId, bindingId, provider, amount, now);
    }

    private static Payment start(PaymentId id, OrderId orderId, OrderNumber orderNumber, CustomerId customerId,
                                 BindingId bindingId, WalletProvider provider, Money amount, Instant now) {
        return new Payment(id, orderId, orderNumber, customerId, bindingId, provider, amount, PaymentStatus.CREATED,
                null, null, null, false, List.of(), List.of(PaymentEvent.moved(now, PaymentStatus.CREATED)));
    }

    /** A payment as it was stored. */
    public static Payment reconstitute(PaymentId id, OrderId orderId, OrderNumber orderNumber, CustomerId customerId,
                                       BindingId bindingId, WalletProvider provider, Money amount,
                                       PaymentStatus status, Optional<PaymentFailureReason> failureReason,
                                       Optional<String> providerTransaction, Optional<String> confirmationUrl,
                                       boolean refundDue, List<Refund> refunds, List<PaymentEvent> timeline) {
        return reconstitute(id, orderId, orderNumber, customerId, bindingId, provider, amount, status, failureReason,
                Optional.empty(), providerTransaction, confirmationUrl, refundDue, refunds, timeline);
    }

    /** A payment as it was stored, with when the wallet's payment-password lock that refused it ends. */
    public static Payment reconstitute(PaymentId id, OrderId orderId, OrderNumber orderNumber, CustomerId customerId,
                                       BindingId bindingId, WalletProvider provider, Money amount,
                                       PaymentStatus status, Optional<PaymentFailureReason> failureReason,
                                       Optional<Instant> passwordLockedUntil, Optional<String> providerTransaction,
                                       Optional<String> confirmationUrl, boolean refundDue, List<Refund> refunds,
                                       List<PaymentEvent> timeline) {
        Payment payment = new Payment(id, orderId, orderNumber, customerId, bindingId, provider, amount, status,
                failureReason.orElse(null), providerTransaction.orElse(null), confirmationUrl.orElse(null), refundDue,
                refunds, timeline);
        payment.passwordLockedUntil = failureReason.filter(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED::equals)
                .flatMap(locked -> passwordLockedUntil).orElse(null);
        return payment;
    }

    /**
     * The provider accepted the payment; the customer is sent to the wallet app, at {@code confirmationUrl},
     * to confirm it.
     */
    public void awaitConfirmation(String confirmationUrl, Instant now) {
        if (confirmationUrl == null || confirmationUrl.isBlank()) {
            throw new IllegalArgumentException("the customer confirms a payment somewhere");
        }
        moveTo(PaymentEvent.moved(now, PaymentStatus.AWAITING_CONFIRMATION));
        this.confirmationUrl = confirmationUrl;
    }

    /** The reference a payment of nothing carries instead of a provider's transaction. */
    public static final String COVERED_IN_FULL = "covered-by-promotions";

    /** True when promotions and points cover the whole order, so that there is nothing for a wallet to charge. */
    public boolean coveredInFull() {
        return amount.isZero();
    }

    /** The wallet was charged; {@code transaction} is the provider's reference for it. */
    public void succeed(String transaction, Instant now) {
        if (transaction == null || transaction.isBlank()) {
            throw new IllegalArgumentException("a successful payment has the provider's transaction reference");
        }
        moveTo(PaymentEvent.moved(now, PaymentStatus.SUCCEEDED));
        this.providerTransaction = transaction;
    }

    public void fail(PaymentFailureReason reason, Instant now) {
        fail(reason, Optional.empty(), now);
    }

    /**
     * The wallet did not pay; when the reason is its payment-password lock, {@code passwordLockedUntil} is when the
     * wallet said the lock ends (kept for that reason only), so that the customer and the agents can say until when.
     */
    public void fail(PaymentFailureReason reason, Optional<Instant> passwordLockedUntil, Instant now) {
        moveTo(PaymentEvent.failed(now, reason));
        this.failureReason = reason;
        this.passwordLockedUntil = reason == PaymentFailureReason.PAYMENT_PASSWORD_LOCKED
                ? passwordLockedUntil.orElse(null) : null;
    }

    /** The customer left the wallet app without confirming. */
    public void cancel(Instant now) {
        moveTo(PaymentEvent.moved(now, PaymentStatus.CANCELLED));
    }

    /** The store closed the payment at the provider before anyone confirmed it, so it can never be charged. */
    public void close(Instant now) {
        moveTo(PaymentEvent.moved(now, PaymentStatus.CLOSED));
    }

    /** The provider did not answer in time: nobody knows yet whether the wallet was charged. */
    public void outcomeUnknown(Instant now) {
        moveTo(PaymentEvent.moved(now, PaymentStatus.UNKNOWN));
    }

    /**
     * True when the store closes this payment as soon as its provider says it waits for the customer: its provider did
     * not answer the store's request in time (the customer was never sent to the wallet app, so nobody will confirm
     * it), or the store took it back ({@link #withdraw}). Leaving it open would only keep its order from being paid.
     */
    public boolean closesWhenFoundWaiting() {
        return status == PaymentStatus.UNKNOWN || isWithdrawn();
    }

    /**
     * The provider closed the payment, unpaid, at the store's request. One the provider had not answered for failed
     * for that ({@link PaymentFailureReason#PROVIDER_TIMED_OUT}): the customer may pay again at once, and sees why.
     * Any other was closed before anyone confirmed it, and one the store took back keeps why as its last word.
     */
    public void closedAtProvider(Instant now) {
        if (status == PaymentStatus.UNKNOWN && !isWithdrawn()) {
            fail(PaymentFailureReason.PROVIDER_TIMED_OUT, now);
        } else {
            close(now);
        }
    }

    /** Records something that happened without changing the status, such as a wrong password entered. */
    public void note(PaymentNote note, Instant now) {
        timeline.add(PaymentEvent.noted(now, status, note));
    }

    /**
     * The store takes the payment back before it had an outcome, for {@code why}: it may no longer pay its order, and
     * the store closes it at the provider ({@link ChargeOrRefund} gives back a charge confirmed for it anyway). Noted
     * once, for the first reason; a payment that has its outcome already keeps it as it is.
     */
    public void withdraw(Withdrawal why, Instant now) {
        if (!isSettled() && withdrawal().isEmpty()) {
            note(why.note(), now);
        }
    }

    /** Why the store took the payment back before it had an outcome ({@link #withdraw}), if it did. */
    public Optional<Withdrawal> withdrawal() {
        return Withdrawal.notedIn(timeline);
    }

    /** True when the store took the payment back before it had an outcome ({@link #withdraw}). */
    public boolean isWithdrawn() {
        return withdrawal().isPresent();
    }

    /**
     * This payment charged the wallet for an order that did not need it (another payment had paid it, it had
     * closed, or the store had taken the payment back): the money must go back in full, and stays owed until it has.
     */
    public void chargedTwice(Instant now) {
        requireSucceeded();
        if (!refundDue && refunds.isEmpty()) {
            refundDue = true;
            note(PaymentNote.DOUBLE_PAYMENT, now);
        }
    }

    /**
     * Records money given back. Each request number counts once: recording the same refund again changes
     * nothing and answers false, and a number cannot be used again for a different amount.
     */
    public boolean refunded(Refund refund) {
        requireSucceeded();
        Optional<Refund> sameNumber = refunds.stream()
                .filter(earlier -> earlier.requestNumber().equals(refund.requestNumber()))
                .findFirst();
        if (sameNumber.isPresent()) {
            if (!sameNumber.get().amount().equals(refund.amount())) {
                throw new DomainException("payment.refund-number-reused", refund.requestNumber());
            }
            return false;
        }
        checkRefundable(refund.amount());
        refunds.add(refund);
        note(PaymentNote.REFUNDED, refund.at());
        if (refundable().isZero()) {
            refundDue = false;
        }
        return true;
    }

    /** Refuses a refund of more than is left to refund, or of a payment that charged nothing. */
    public void checkRefundable(Money amount) {
        requireSucceeded();
        if (amount.isZero() || amount.isGreaterThan(refundable())) {
            throw new DomainException("payment.refund-exceeds", refundable());
        }
    }

    private void requireSucceeded() {
        if (status != PaymentStatus.SUCCEEDED) {
            throw new DomainException("payment.not-charged", status);
        }
    }

    /** What can still be given back: the amount charged less what was refunded. */
    public Money refundable() {
        return status != PaymentStatus.SUCCEEDED ? Money.ZERO
                : refunds.stream().map(Refund::amount).reduce(amount, Money::minus);
    }

    /**
     * True when this payment charged an order that did not need it: another payment had paid it, it had closed, or
     * the store had taken the payment back.
     */
    public boolean isDoublePayment() {
        return timeline.stream().anyMatch(event -> event.is(PaymentNote.DOUBLE_PAYMENT));
    }

    /**
     * True for the payment that paid its order: it charged the wallet, and not for an order that no longer needed it
     * ({@link #isDoublePayment}). An order has at most one.
     */
    public boolean paidItsOrder() {
        return status == PaymentStatus.SUCCEEDED && !isDoublePayment();
    }

    /** True once everything this payment charged has gone back to the wallet. */
    public boolean isFullyRefunded() {
        return status == PaymentStatus.SUCCEEDED && !refunds.isEmpty() && refundable().isZero();
    }

    /** When the payment last moved to {@code target}, if it ever did. */
    public Optional<Instant> movedTo(PaymentStatus target) {
        return timeline.stream()
                .filter(event -> event instanceof PaymentEvent.Moved && event.status() == target)
                .map(PaymentEvent::at)
                .reduce((earlier, later) -> later);
    }

    /** Every time {@code note} was recorded, oldest first. */
    public List<Instant> timesNoted(PaymentNote note) {
        return timeline.stream().filter(event -> event.is(note)).map(PaymentEvent::at).toList();
    }

    /** True while this payment charged an order twice and its money has not all gone back yet. */
    public boolean isRefundDue() {
        return refundDue;
    }

    /** Refunds made, oldest first. */
    public List<Refund> refunds() {
        return List.copyOf(refunds);
    }

    /** Where the customer confirms in the wallet app, once the provider has said. */
    public Optional<String> confirmationUrl() {
        return Optional.ofNullable(confirmationUrl);
    }

    /** When the payment was recorded. */
    public Instant createdAt() {
        return timeline.getFirst().at();
    }

    /** True once a payment can change no more: it succeeded, failed or was cancelled. */
    public boolean isSettled() {
        return status.isFinal();
    }

    private void moveTo(PaymentEvent move) {
        if (!status.canMoveTo(move.status())) {
            throw new DomainException("payment.illegal-transition", status, move.status());
        }
        status = move.status();
        timeline.add(move);
    }

    public PaymentId id() {
        return id;
    }

    public OrderId orderId() {
        return orderId;
    }

    public OrderNumber orderNumber() {
        return orderNumber;
    }

    public CustomerId customerId() {
        return customerId;
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

    /** When the wallet's payment-password lock that refused this payment ends, if the wallet said. */
    public Optional<Instant> passwordLockedUntil() {
        return Optional.ofNullable(passwordLockedUntil);
    }

    public Optional<String> providerTransaction() {
        return Optional.ofNullable(providerTransaction);
    }

    /** Every step so far, oldest first. */
    public List<PaymentEvent> timeline() {
        return List.copyOf(timeline);
    }
}
