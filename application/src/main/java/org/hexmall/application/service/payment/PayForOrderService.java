package org.hexmall.application.service.payment;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayForOrder;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentAmount;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.port.out.wallet.PaymentRequest;
import org.hexmall.application.port.out.wallet.PaymentStart;
import org.hexmall.application.port.out.wallet.ReconfirmationRequest;
import org.hexmall.application.port.out.wallet.ReconfirmationStart;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.checkout.shared.CheckoutSettings;
import org.hexmall.application.service.payment.shared.PaymentSettings;
import org.hexmall.application.service.payment.shared.ProviderAnswers;
import org.hexmall.application.service.promotion.shared.PromotionSettlement;
import org.hexmall.application.service.risk.shared.RiskChecks;
import org.hexmall.application.service.shared.IdempotentRequests;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.ChargeOrRefund;
import org.hexmall.domain.payment.PayingWallet;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentAttempts;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.wallet.PreferredWallet;
import org.hexmall.domain.wallet.ReconfirmationId;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletReconfirmation;

/**
 * Pays an order in three steps, never holding a transaction across the provider call: record the payment under
 * the order's lock (with the client's idempotency key, in the same transaction), ask the provider, record its
 * answer under the lock again. {@link PayingWallet} decides which wallet pays and {@link PaymentAttempts} whether
 * a payment may start: while one is being confirmed nothing starts, one waiting in the same wallet's app is
 * resumed (with the price it started with), and one waiting in another wallet's app is closed at its provider first.
 * The first payment with a wallet from a device trusted only recently asks the customer to re-confirm the wallet
 * in its app before anything starts. A new payment is priced with promotions for its wallet and the points chosen,
 * what the price gives away is reserved, and the breakdown is frozen with it ({@link PromotionSettlement}): the
 * wallet is asked to charge its amount to pay.
 */
public final class PayForOrderService implements PayForOrder {

    /** Enough to wait once for another request's payment and to close one waiting in another wallet's app. */
    private static final int MOST_STEPS = 3;

    private final Orders orders;
    private final Payments payments;
    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final ProviderAnswers providerAnswers;
    private final IdempotentRequests idempotent;
    private final RandomTokens tokens;
    private final CheckoutSettings checkout;
    private final RiskChecks risk;
    private final WalletReconfirmations reconfirmations;
    private final Duration reconfirmOnNewDevice;
    private final PromotionSettlement promotions;
    private final Clock clock;

    /** @param reconfirmOnNewDevice a device trusted after a code this recently re-confirms a wallet before paying */
    public PayForOrderService(Orders orders, Payments payments, WalletBindings bindings,
                              TransactionRunner transactions, WalletProviderGateway gateway,
                              ProviderAnswers providerAnswers, IdempotentRequests idempotent, RandomTokens tokens,
                              CheckoutSettings checkout, RiskChecks risk, WalletReconfirmations reconfirmations,
                              Duration reconfirmOnNewDevice, PromotionSettlement promotions,
                              Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.bindings = bindings;
        this.transactions = transactions;
        this.gateway = gateway;
        this.providerAnswers = providerAnswers;
        this.idempotent = idempotent;
        this.tokens = tokens;
        this.checkout = checkout;
        this.risk = risk;
        this.reconfirmations = reconfirmations;
        this.reconfirmOnNewDevice = reconfirmOnNewDevice;
        this.promotions = promotions;
        this.clock = clock;
    }

    @Override
    public PayResult pay(PayCommand command) {
        String fingerprint = command.orderId() + "|" + command.wallet().map(Object::toString).orElse("picked");
        for (int step = 1; ; step++) {
            boolean lastStep = step == MOST_STEPS;
            FirstStep first = idempotent.inTransaction("pay:" + command.customerId(), command.idempotencyKey(),
                    fingerprint, FirstSteps.INSTANCE, () -> record(command));
            switch (first) {
                case Answered answered -> {
                    return answered.result();
                }
                case Recorded recorded -> {
                    return askTheProvider(recorded, command);
                }
                case ReconfirmFirst reconfirm -> {
                    return askToReconfirm(reconfirm, command);
                }
                case Existing existing -> {
                    return whatBecameOf(existing.payment());
                }
                case WaitForAnswer wait -> {
                    if (lastStep) {
                        return new PayResult.PaymentUnderWay(wait.payment().id());
                    }
                    payments.awaitChange(wait.payment(), PaymentSettings.PROVIDER_ANSWER_WAIT);
                }
                case CloseFirst close -> {
                    Optional<Payment> closed = providerAnswers.close(close.payment());
                    if (closed.isEmpty() || lastStep) {
                        // The provider could not close it now: starting another could charge the customer twice.
                        return new PayResult.PaymentUnderWay(close.payment().id());
                    }
                }
            }
        }
    }

    /** Where the first step, in its transaction, left the request. */
    private sealed interface FirstStep {
    }

    /** Nothing for the provider to do: the answer is known already. */
    private record Answered(PayResult result) implements FirstStep {
    }

    /** A new payment recorded, the points its price spends, and what the provider needs to hear about it. */
    private record Recorded(Payment payment, long pointsSpent, String agreementToken) implements FirstStep {
    }

    /** Nothing started: the customer re-confirms the wallet in its app first, as this request asks of the provider. */
    private record ReconfirmFirst(WalletReconfirmation request, String agreementToken) implements FirstStep {
    }

    /** A payment this request continues: the one it made when it was sent before, or one waiting in the wallet app. */
    private record Existing(PaymentId payment) implements FirstStep {
    }

    /** Another request has just recorded a payment of the order, as read here, and is asking its provider. */
    private record WaitForAnswer(Payment payment) implements FirstStep {
    }

    /** A payment waits in another wallet's app: close it at its provider, then start again. */
    private record CloseFirst(Payment payment) implements FirstStep {
    }

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
        WalletBinding wallet;
        switch (PayingWallet.choose(bindings.findByCustomer(command.customerId()), command.wallet())) {
            case PayingWallet.Pay pay -> wallet = pay.wallet();
            case PayingWallet.NoWallet none -> {
                return new Answered(none.why() == PayingWallet.Why.NONE_CHOSEN ? new PayResult.ChooseWallet()
                        : new PayResult.NoWalletBound());
            }
        }
        return switch (PaymentAttempts.of(payments.findByOrder(order.id())).payingWith(wallet.id())) {
            case PaymentAttempts.StartNew start -> {
                RiskChecks.PaymentChecked checked = risk.payment(order, command.device(), wallet.id(),
                        reconfirmOnNewDevice);
                if (checked.reconfirmFirst()) {
                    WalletReconfirmation asked = WalletReconfirmation.beforePaying(
                            new ReconfirmationId(tokens.uuid()), wallet, command.device().orElseThrow(), order.id(),
                            command.pointsToSpend(), now);
                    reconfirmations.add(asked);
                    yield new ReconfirmFirst(asked, wallet.agreementToken().orElseThrow());
                }
                Optional<PayResult> refusal = riskRefusal(checked.risk());
                if (refusal.isPresent()) {
                    yield new Answered(refusal.get());
                }
                PaymentId id = new PaymentId(tokens.uuid());
                PriceBreakdown price = promotions.reserve(id, order, wallet.provider(), command.pointsToSpend(),
                        now);
                Payment payment = Payment.forOrder(id, order, wallet, price.amountToPay(), now);
                payments.add(payment);
                promotions.freeze(id, price);
                if (payment.coveredInFull()) {
                    // Promotions and points pay for everything: no wallet is asked to charge nothing.
                    ChargeOrRefund.charged(payment, order, Payment.COVERED_IN_FULL, now);
                    orders.update(order);
                    payments.update(payment);
                    promotions.settle(payment, now);
                    yield new Existing(id);
                }
                yield new Recorded(payment, price.pointsSpent(), wallet.agreementToken().orElseThrow());
            }
            case PaymentAttempts.Resume resume -> new Existing(resume.payment().id());
            case PaymentAttempts.WaitFor wait -> isJustRecorded(wait.payment(), now)
                    ? new WaitForAnswer(wait.payment())
                    : new Answered(new PayResult.PaymentUnderWay(wait.payment().id()));
            case PaymentAttempts.CloseFirst close -> new CloseFirst(close.payment());
        };
    }

    /**
     * What the risk rules say before a new payment starts: nothing when it may go ahead (allowed, or stepped up and
     * verified by the customer's passed step-up, used up here); otherwise the refusal, or the proof the customer must
     * give first. Either way an alert is raised or answered, in this transaction.
     */
    private static Optional<PayResult> riskRefusal(RiskChecks.Checked checked) {
        if (checked.held()) {
            return Optional.of(new PayResult.RiskHeld());
        }
        return switch (checked.assessment().decision()) {
            case ALLOW -> Optional.empty();
            case BLOCK -> Optional.of(new PayResult.RiskRefused());
            case STEP_UP -> checked.verified() ? Optional.empty()
                    : Optional.of(new PayResult.VerificationRequired(checked.assessment().factor().orElseThrow(),
                    checked.alert().orElseThrow()));
        };
    }

    /** True for a payment another request recorded a moment ago and is still asking its provider about. */
    private static boolean isJustRecorded(Payment payment, Instant now) {
        return payment.status() == PaymentStatus.CREATED
                && payment.createdAt().isAfter(now.minus(PaymentSettings.PROVIDER_ANSWER_WAIT));
    }

    /**
     * Asks the wallet's provider for the re-confirmation, with no transaction open. A provider that no longer honours
     * the agreement answers as when a payment is asked of it: the wallet is not bound any more.
     */
    private PayResult askToReconfirm(ReconfirmFirst reconfirm, PayCommand command) {
        WalletReconfirmation asked = reconfirm.request();
        URI returnTo = command.reconfirmationReturn().of(asked.provider());
        ReconfirmationStart answer = gateway.startReconfirmation(new ReconfirmationRequest(asked.provider(),
                reconfirm.agreementToken(), asked.id().toString(), returnTo));
        return switch (answer) {
            case ReconfirmationStart.RedirectCustomer redirect -> new PayResult.ReconfirmWallet(redirect.url(), returnTo);
            case ReconfirmationStart.AgreementNotValid notValid -> new PayResult.NoWalletBound();
            case ReconfirmationStart.ProviderUnavailable unavailable -> new PayResult.ReconfirmationUnavailable();
        };
    }

    /** The provider call, with no transaction open; its answer is recorded in a transaction of its own. */
    private PayResult askTheProvider(Recorded recorded, PayCommand command) {
        Payment payment = recorded.payment();
        // The wallet app shows the number as customers read it aloud, and sends it back with the result.
        PaymentStart answer = gateway.startPayment(new PaymentRequest(payment.provider(), recorded.agreementToken(),
                payment.id(), payment.orderNumber().grouped(), payment.amount(),
                command.returnAddress().of(payment.id())));
        return transactions.inTransaction(() -> recordAnswer(payment, recorded.pointsSpent(), answer));
    }

    private PayResult recordAnswer(Payment recorded, long pointsSpent, PaymentStart answer) {
        orders.lock(recorded.orderId());
        Payment payment = payments.findById(recorded.id()).orElseThrow();
        if (payment.status() != PaymentStatus.CREATED) {
            // Its result arrived before the provider's answer did: that result stands.
            return resultOf(payment, pointsSpent);
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
        if (payment.isSettled()) {
            promotions.settle(payment, now);
        }
        return resultOf(payment, pointsSpent);
    }

    /**
     * The payment this request made when it was first sent, or the one it resumes, as it is now, with the points its
     * frozen price spends (a resumed payment keeps the points it started with). One just recorded is given the time
     * its provider takes to answer.
     */
    private PayResult whatBecameOf(PaymentId id) {
        Payment payment = transactions.withoutTransaction(() -> payments.findById(id)).orElseThrow();
        if (payment.status() == PaymentStatus.CREATED
                && payments.awaitChange(payment, PaymentSettings.PROVIDER_ANSWER_WAIT)) {
            payment = transactions.withoutTransaction(() -> payments.findById(id)).orElseThrow();
        }
        long pointsSpent = transactions.withoutTransaction(() -> promotions.pointsSpentBy(id));
        return resultOf(payment, pointsSpent);
    }

    /** The provider no longer honours the agreement: the customer unbound in the wallet app, so does the store. */
    private void revokeBinding(Payment payment, Instant now) {
        List<WalletBinding> wallets = bindings.findByCustomer(payment.customerId());
        wallets.stream()
                .filter(binding -> binding.id().equals(payment.bindingId()))
                .filter(WalletBinding::isActive)
                .findFirst()
                .ifPresent(binding -> {
                    binding.revokedByProvider(now);
                    bindings.update(binding);
                    PreferredWallet.afterOneLeft(wallets).forEach(bindings::update);
                });
    }

    /** What became of the payment, with what it asks its wallet to charge and the points its price spends. */
    private static PayResult resultOf(Payment payment, long pointsSpent) {
        PaymentAmount charge = new PaymentAmount(payment.amount(), pointsSpent);
        return switch (payment.status()) {
            case AWAITING_CONFIRMATION -> new PayResult.GoToWallet(payment.id(),
                    URI.create(payment.confirmationUrl().orElseThrow()), charge);
            case FAILED -> new PayResult.Failed(payment.id(), payment.failureReason().orElseThrow());
            case CREATED, UNKNOWN -> new PayResult.Confirming(payment.id(), charge);
            case SUCCEEDED -> new PayResult.Paid(payment.id(), charge);
            case CANCELLED, CLOSED -> new PayResult.Ended(payment.id(), payment.status(), charge);
        };
    }

    /**
     * First steps as kept with an idempotency key. A step that made or continued a payment is kept as that
     * payment, so that the same request again answers what became of it; a step on the way (waiting, closing
     * another payment first) is not an answer and is not kept.
     */
    private enum FirstSteps implements IdempotentRequests.Results<FirstStep> {
        INSTANCE;

        @Override
        public Optional<String> encode(FirstStep step) {
            return switch (step) {
                case Recorded recorded -> Optional.of("payment " + recorded.payment().id());
                case Existing existing -> Optional.of("payment " + existing.payment());
                case Answered answered -> Optional.of(switch (answered.result()) {
                    case PayResult.PaymentUnderWay underWay -> "under-way " + underWay.payment();
                    case PayResult.NoWalletBound none -> "no-wallet";
                    case PayResult.ChooseWallet choose -> "choose-wallet";
                    case PayResult.AlreadyPaid paid -> "already-paid " + paid.order();
                    case PayResult.NotPayable notPayable -> "not-payable " + notPayable.status();
                    case PayResult.NoSuchOrder none -> "no-order";
                    case PayResult.RiskRefused refused -> "risk-refused";
                    case PayResult.RiskHeld held -> "risk-held";
                    case PayResult.VerificationRequired verify -> "verify " + verify.factor() + " " + verify.alert();
                    default -> throw new IllegalStateException("not a first step's answer: " + answered.result());
                });
                case WaitForAnswer wait -> Optional.empty();
                case ReconfirmFirst reconfirm -> Optional.empty();
                case CloseFirst close -> Optional.empty();
            };
        }

        @Override
        public FirstStep decode(String stored) {
            String[] parts = stored.split(" ");
            return switch (parts[0]) {
                case "payment" -> new Existing(paymentId(parts[1]));
                case "under-way" -> new Answered(new PayResult.PaymentUnderWay(paymentId(parts[1])));
                case "no-wallet" -> new Answered(new PayResult.NoWalletBound());
                case "choose-wallet" -> new Answered(new PayResult.ChooseWallet());
                case "already-paid" -> new Answered(new PayResult.AlreadyPaid(new OrderId(UUID.fromString(parts[1]))));
                case "not-payable" -> new Answered(new PayResult.NotPayable(OrderStatus.valueOf(parts[1])));
                case "no-order" -> new Answered(new PayResult.NoSuchOrder());
                case "risk-refused" -> new Answered(new PayResult.RiskRefused());
                case "risk-held" -> new Answered(new PayResult.RiskHeld());
                case "verify" -> new Answered(new PayResult.VerificationRequired(factor(parts[1]),
                        new RiskAlertId(UUID.fromString(parts[2]))));
                default -> throw new IllegalStateException("not a payment request's result: " + stored);
            };
        }

        @Override
        public FirstStep keyReused() {
            return new Answered(new PayResult.KeyReused());
        }

        /** Answers kept before the two factor names were one still name the face check {@code FACE_CHECK}. */
        private static StepUpFactor factor(String text) {
            return "FACE_CHECK".equals(text) ? StepUpFactor.FACE : StepUpFactor.valueOf(text);
        }

        private static PaymentId paymentId(String text) {
            return new PaymentId(UUID.fromString(text));
        }
    }
}
