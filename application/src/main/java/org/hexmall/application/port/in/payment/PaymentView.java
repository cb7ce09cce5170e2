package org.hexmall.application.port.in.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.payment.Withdrawal;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/** A payment as pages and the API show it, with the number of the order it pays. */
public record PaymentView(PaymentId id, OrderId orderId, OrderNumber orderNumber, WalletProvider provider,
                          Money amount, PaymentStatus status, Optional<PaymentFailureReason> failureReason,
                          Instant createdAt, Optional<String> confirmationUrl, List<Refund> refunds,
                          boolean refundDue, List<PaymentEvent> timeline, Optional<Instant> passwordLockedUntil) {

    public PaymentView {
        refunds = List.copyOf(refunds);
        timeline = List.copyOf(timeline);
    }

    public static PaymentView of(Payment payment) {
        return new PaymentView(payment.id(), payment.orderId(), payment.orderNumber(), payment.provider(), payment.amount(),
                payment.status(), payment.failureReason(), payment.createdAt(), payment.confirmationUrl(),
                payment.refunds(), payment.isRefundDue(), payment.timeline(), payment.passwordLockedUntil());
    }

    /** True while the store does not know yet whether the wallet will be charged. */
    public boolean isBeingConfirmed() {
        return status.isBeingConfirmed();
    }

    /** True once everything it charged has gone back to the wallet: its last word is "refunded". */
    public boolean isFullyRefunded() {
        return status == PaymentStatus.SUCCEEDED && !refunds.isEmpty() && refunded().equals(amount);
    }

    /**
     * What really became of the payment, in one word the pages, the console and the API all use: its status;
     * {@code REFUNDED} once everything it charged has gone back; why the store took it back when it closed it so:
     * {@code WALLET_UNBOUND} when its wallet was unbound while it waited, {@code ACCOUNT_FROZEN} when the account was
     * frozen ({@link Withdrawal}).
     */
    public String lastWord() {
        if (isFullyRefunded()) {
            return "REFUNDED";
        }
        return closedFor().map(Withdrawal::name).orElse(status.name());
    }

    /** True when the store closed it because its wallet was unbound while it waited for the customer. */
    public boolean isClosedForUnboundWallet() {
        return closedFor().filter(Withdrawal.WALLET_UNBOUND::equals).isPresent();
    }

    /** Why the store took it back, when it closed it so ({@link Payment#withdraw}). */
    private Optional<Withdrawal> closedFor() {
        return status == PaymentStatus.CLOSED ? Withdrawal.notedIn(timeline) : Optional.empty();
    }

    /** Money given back so far. */
    public Money refunded() {
        return refunds.stream().map(Refund::amount).reduce(Money.ZERO, Money::plus);
    }
}
