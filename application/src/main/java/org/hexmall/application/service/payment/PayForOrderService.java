package org.hexmall.application.service.payment;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayForOrder;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.port.out.wallet.PaymentRequest;
import org.hexmall.application.port.out.wallet.PaymentStart;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.checkout.CheckoutSettings;
import org.hexmall.application.service.wallet.ActiveBindings;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * Pays an order in three steps, never holding a transaction across the provider call: record the payment
 * (under the order's lock), ask the provider, record its answer (under the lock again). While a payment with
 * the same wallet is under way, asking again answers that payment instead of starting a second one.
 */
public final class PayForOrderService implements PayForOrder {

    private final Orders orders;
    private final Payments payments;
    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final IdempotentRequests idempotent;
    private final RandomTokens tokens;
    private final CheckoutSettings checkout;
    private final Clock clock;

    public PayForOrderService(Orders orders, Payments payments, WalletBindings bindings,
                              TransactionRunner transactions, WalletProviderGateway gateway,
                              IdempotentRequests idempotent, RandomTokens tokens, CheckoutSettings checkout,
                              Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.bindings = bindings;
        this.transactions = transactions;
        this.gateway = gateway;
        this.idempotent = idempotent;
        this.tokens = tokens;
        this.checkout = checkout;
        this.clock = clock;
    }

    @Override
    public PayResult pay(PayCommand command) {
        String fingerprint = command.orderId() + "|" + command.wallet().map(Object::toString).orElse("preferred");
        return idempotent.run("pay:" + command.customerId(), command.idempotencyKey(), fingerprint,
                new PayResults(), () -> payOnce(command));
    }

    /** What the first step ends with. */
    private sealed interface FirstStep {
    }

    /** Nothing for the provider to do: the answer is known already. */
    private record Answered(PayResult result) implements FirstStep {
    }

    /** The payment recorded and what the provider needs to hear about it. */
    private record Recorded(Payment payment, String agreementToken, String orderNumber) implements FirstStep {
    }

    private PayResult payOnce(PayCommand command) {
        return switch (transactions.inTransaction(() -> record(command))) {
            case Answered answered -> answered.result();
            case Recorded recorded -> askTheProvider(recorded, command.returnUrl());
        };
    }

    /** The provider call, with no transaction open; its answer is recorded in a transaction of its own. */
    private PayResult askTheProvider(Recorded recorded, URI returnUrl) {
        Payment payment = recorded.payment();
        PaymentStart answer = gateway.startPayment(new PaymentRequest(payment.provider(), recorded.agreementToken(),
                payment.id(), recorded.orderNumber(), payment.amount(), returnUrl));
        return transactions.inTransaction(() -> recordAnswer(payment.id(), answer));
    }

    /** Either the answer already (nothing to pay, no wallet, a payment under way), or the payment just recorded. */
    private FirstStep record(PayCommand command) {
        Optional<Order> owned = orders.lockById(command.orderId())
                .filter(order -> order.customerId().equals(command.customerId()));
        if (owned.isEmpty()) {
            return new Answered(new PayResult.NoSuchOrder());
        }
        Order order = owned.get();
        Instant now = clock.instant();
        if (order.isOverdueAt(now, checkout.unpaidOrderTimeout())) {
            order.close(now);
            orders.update(order);
        }
        if (order.status() == OrderStatus.PAID) {
            return new Answered(new PayResult.AlreadyPaid(order.id()));
        }
        if (!order.isPayable()) {
            return new Answered(new PayResult.NotPayable(order.status()));
        }
        Optional<WalletBinding> wallet = command.wallet()
                .flatMap(bindings::findById)
                .filter(binding -> binding.customerId().equals(command.customerId()))
                .or(() -> command.wallet().isPresent() ? Optional.empty()
                        : ActiveBindings.of(bindings, command.customerId()).stream()
                                .filter(WalletBinding::isPreferred).findFirst())
                .filter(WalletBinding::isActive);
        if (wallet.isEmpty() || wallet.get().agreementToken().isEmpty()) {
            return new Answered(new PayResult.NoWalletBound());
        }
        WalletBinding binding = wallet.get();
        Optional<PayResult> underWay = payments.findByOrder(order.id()).stream()
                .filter(earlier -> earlier.bindingId().equals(binding.id()))
                .filter(earlier -> earlier.status() == PaymentStatus.CREATED
                        || earlier.status() == PaymentStatus.AWAITING_CONFIRMATION)
                .reduce((first, second) -> second)
                .map(PayForOrderService::resultOf);
        if (underWay.isPresent()) {
            return new Answered(underWay.get());
        }
        Payment payment = Payment.create(new PaymentId(tokens.uuid()), order.id(), binding.id(), binding.provider(),
                order.total(), now);
        payments.add(payment);
        // The wallet app shows the number as customers read it aloud, and sends it back with the result.
        return new Recorded(payment, binding.agreementToken().get(), order.number().grouped());
    }

    private PayResult recordAnswer(PaymentId paymentId, PaymentStart answer) {
        Payment recorded = payments.findById(paymentId).orElseThrow();
        orders.lockById(recorded.orderId()).orElseThrow();
        Payment payment = payments.findById(paymentId).orElseThrow();
        if (payment.status() != PaymentStatus.CREATED) {
            // Its result arrived before the provider's answer did: that result stands.
            return resultOf(payment);
        }
        Instant now = clock.instant();
        switch (answer) {
            case PaymentStart.RedirectCustomer redirect -> payment.awaitConfirmation(redirect.url().toString(), now);
            case PaymentStart.AgreementNotValid notValid -> {
                payment.fail(PaymentFailureReason.WALLET_NOT_BOUND, now);
                revokeBinding(payment, now);
            }
            case PaymentStart.ProviderUnavailable unavailable ->
                    payment.fail(PaymentFailureReason.PROVIDER_UNAVAILABLE, now);
            case PaymentStart.NoAnswer noAnswer -> payment.outcomeUnknown(now);
        }
        payments.update(payment);
        return resultOf(payment);
    }

    /** The provider no longer honours the agreement: the customer unbound in the wallet app, so does the store. */
    private void revokeBinding(Payment payment, Instant now) {
        bindings.findById(payment.bindingId()).filter(WalletBinding::isActive).ifPresent(binding -> {
            binding.revokedByProvider(now);
            bindings.update(binding);
            ActiveBindings.keepOnePreferred(bindings, binding.customerId());
        });
    }

    private static PayResult resultOf(Payment payment) {
        return switch (payment.status()) {
            case AWAITING_CONFIRMATION -> new PayResult.GoToWallet(payment.id(),
                    URI.create(payment.confirmationUrl().orElseThrow()));
            case FAILED -> new PayResult.Failed(payment.id(), payment.failureReason().orElseThrow());
            case CREATED, UNKNOWN, CANCELLED -> new PayResult.Confirming(payment.id());
            case SUCCEEDED -> new PayResult.AlreadyPaid(payment.orderId());
        };
    }

    /** Results as kept with an idempotency key: a repeated request answers exactly what the first one did. */
    private static final class PayResults implements IdempotentRequests.Results<PayResult> {

        @Override
        public String encode(PayResult result) {
            return switch (result) {
                case PayResult.GoToWallet wallet -> "wallet " + wallet.payment() + " " + wallet.walletPage();
                case PayResult.Failed failed -> "failed " + failed.payment() + " " + failed.reason();
                case PayResult.Confirming confirming -> "confirming " + confirming.payment();
                case PayResult.NoWalletBound none -> "no-wallet";
                case PayResult.AlreadyPaid paid -> "paid " + paid.order();
                case PayResult.NotPayable notPayable -> "not-payable " + notPayable.status();
                case PayResult.NoSuchOrder none -> "no-order";
                case PayResult.KeyReused reused -> "key-reused";
                case PayResult.KeyInUse inUse -> "key-in-use";
            };
        }

        @Override
        public PayResult decode(String stored) {
            String[] parts = stored.split(" ");
            return switch (parts[0]) {
                case "wallet" -> new PayResult.GoToWallet(paymentId(parts[1]), URI.create(parts[2]));
                case "failed" -> new PayResult.Failed(paymentId(parts[1]), PaymentFailureReason.valueOf(parts[2]));
                case "confirming" -> new PayResult.Confirming(paymentId(parts[1]));
                case "no-wallet" -> new PayResult.NoWalletBound();
                case "paid" -> new PayResult.AlreadyPaid(
                        new OrderId(UUID.fromString(parts[1])));
                case "not-payable" -> new PayResult.NotPayable(OrderStatus.valueOf(parts[1]));
                case "no-order" -> new PayResult.NoSuchOrder();
                case "key-reused" -> new PayResult.KeyReused();
                default -> new PayResult.KeyInUse();
            };
        }

        private static PaymentId paymentId(String text) {
            return new PaymentId(UUID.fromString(text));
        }

        @Override
        public PayResult keyReused() {
            return new PayResult.KeyReused();
        }

        @Override
        public PayResult keyInUse() {
            return new PayResult.KeyInUse();
        }
    }
}
