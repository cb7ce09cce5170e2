package org.hexmall.application.service.payment.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.wallet.PaymentLookup;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.promotion.shared.PromotionSettlement;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.ChargeOrRefund;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.Withdrawal;

/**
 * Asks a provider what became of a payment, or tells it to close one nobody confirmed, and records the answer
 * under the order's lock: paid (through {@link ChargeOrRefund}), not paid for the provider's reason, closed, or
 * still open. A payment that ended has its promotions settled in the same transaction
 * ({@link PromotionSettlement}). Reconciliation uses it for payments left unknown or unconfirmed, paying with
 * another wallet uses it to close the payment waiting in the first wallet's app, and the store uses it to close the
 * payments it took back ({@link WithdrawnPayments}).
 */
public final class ProviderAnswers {

    private final Payments payments;
    private final Orders orders;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final DoublePaymentRefunds doublePayments;
    private final PromotionSettlement promotions;
    private final Clock clock;

    public ProviderAnswers(Payments payments, Orders orders, TransactionRunner transactions,
                           WalletProviderGateway gateway, DoublePaymentRefunds doublePayments,
                           PromotionSettlement promotions, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.transactions = transactions;
        this.gateway = gateway;
        this.doublePayments = doublePayments;
        this.promotions = promotions;
        this.clock = clock;
    }

    /**
     * Asks the provider about the payment, and records the answer; the payment if that settled it. A payment found
     * waiting for a customer who will never confirm it ({@link Payment#closesWhenFoundWaiting}) is closed there first,
     * so that its order can be paid again.
     */
    public Optional<Payment> lookUp(Payment payment) {
        PaymentLookup answer = gateway.lookUpPayment(payment.provider(), payment.id());
        if (answer instanceof PaymentLookup.Open && payment.closesWhenFoundWaiting()) {
            answer = gateway.closePayment(payment.provider(), payment.id());
        }
        return record(payment, answer, Optional.empty());
    }

    /**
     * Tells the provider to close the payment, so that it can never be charged, and records the answer: closed, or
     * paid if the customer confirmed it first. The payment if that settled it.
     */
    public Optional<Payment> close(Payment payment) {
        return record(payment, gateway.closePayment(payment.provider(), payment.id()), Optional.empty());
    }

    /**
     * Closes a payment the store took back ({@link Withdrawal}: its wallet is bound no more, its account is frozen), as
     * {@link #close} does, and records the answer on a payment noted so ({@link Payment#withdraw}): it shows why it
     * was closed, and a charge the customer confirmed before the provider closed it goes back instead of paying the
     * order.
     */
    public Optional<Payment> closeWithdrawn(Payment payment, Withdrawal why) {
        return record(payment, gateway.closePayment(payment.provider(), payment.id()), Optional.of(why));
    }

    private Optional<Payment> record(Payment asAsked, PaymentLookup answer, Optional<Withdrawal> withdrawn) {
        Optional<Payment> settled = transactions.inTransaction(() -> recordLocked(asAsked, answer, withdrawn));
        return settled.map(payment -> payment.isRefundDue() ? doublePayments.giveBack(payment) : payment);
    }

    private Optional<Payment> recordLocked(Payment asAsked, PaymentLookup answer, Optional<Withdrawal> withdrawn) {
        Order order = orders.lockById(asAsked.orderId()).orElseThrow();
        Payment payment = payments.findById(asAsked.id()).orElseThrow();
        if (payment.status() != asAsked.status()) {
            // Its result arrived while the provider was being asked: that settled it.
            return Optional.empty();
        }
        Instant now = clock.instant();
        withdrawn.ifPresent(why -> payment.withdraw(why, now));
        boolean settled = switch (answer) {
            case PaymentLookup.Paid paid when paid.amount().equals(payment.amount()) -> {
                if (ChargeOrRefund.charged(payment, order, paid.transaction(), now)
                        == ChargeOrRefund.Outcome.ORDER_PAID) {
                    orders.update(order);
                }
                yield true;
            }
            case PaymentLookup.Paid mismatched -> {
                payment.note(PaymentNote.MISMATCH_REFUSED, now);
                yield false;
            }
            case PaymentLookup.NotPaid notPaid -> {
                payment.fail(notPaid.reason(), now);
                yield true;
            }
            case PaymentLookup.NotFound notFound -> {
                // The provider never received the request: nothing was charged.
                payment.fail(PaymentFailureReason.PROVIDER_UNAVAILABLE, now);
                yield true;
            }
            case PaymentLookup.Closed closed -> {
                payment.closedAtProvider(now);
                yield true;
            }
            case PaymentLookup.Open open -> {
                payment.note(PaymentNote.RECONCILIATION_PENDING, now);
                yield false;
            }
            case PaymentLookup.ProviderUnavailable unavailable -> {
                payment.note(PaymentNote.RECONCILIATION_PENDING, now);
                yield false;
            }
        };
        payments.update(payment);
        if (settled) {
            promotions.settle(payment, now);
        }
        return settled ? Optional.of(payment) : Optional.empty();
    }
}
