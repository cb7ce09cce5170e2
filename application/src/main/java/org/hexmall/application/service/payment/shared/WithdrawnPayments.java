package org.hexmall.application.service.payment.shared;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.ChargeOrRefund;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Withdrawal;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * Takes back payments still under way that may no longer pay (their wallet was unbound, their account frozen:
 * {@link Withdrawal}), whoever decided it. In the transaction that decides it, each payment is noted under its order's
 * lock, so that a charge confirmed for one anyway goes back instead of paying the order ({@link ChargeOrRefund}); once
 * it has committed, the provider is asked with no transaction open to close them, and each answer is recorded in a
 * transaction of its own ({@link ProviderAnswers#closeWithdrawn}). What the provider cannot be asked now,
 * reconciliation closes later.
 */
public final class WithdrawnPayments {

    private final Payments payments;
    private final Orders orders;
    private final ProviderAnswers providerAnswers;

    public WithdrawnPayments(Payments payments, Orders orders, ProviderAnswers providerAnswers) {
        this.payments = payments;
        this.orders = orders;
        this.providerAnswers = providerAnswers;
    }

    /** Payments the store has just taken back, and why: what their provider is asked to close. */
    public record Withdrawn(Withdrawal why, List<Payment> payments) {

        public Withdrawn {
            payments = List.copyOf(payments);
        }
    }

    /**
     * Takes back the account's payments under way, as its freeze decides. Call inside the transaction that freezes
     * it, before it stores the account: the payments' orders are locked first, in the order paying takes them.
     */
    public Withdrawn ofFrozenAccount(CustomerId customer, Instant now) {
        return withdraw(() -> payments.findUnderWayOf(customer), Withdrawal.ACCOUNT_FROZEN, now);
    }

    /**
     * Takes back the payments under way with a wallet whose binding has just ended. Call inside the transaction that
     * ends it, before it stores the binding: the payments' orders are locked first, in the order paying takes them.
     */
    public Withdrawn ofUnboundWallet(WalletBinding ended, Instant now) {
        return withdraw(() -> payments.findUnderWayWith(ended.customerId(), ended.id()), Withdrawal.WALLET_UNBOUND,
                now);
    }

    /** Notes each payment {@code underWay} lists as taken back for {@code why}, under its order's lock. */
    private Withdrawn withdraw(Supplier<List<Payment>> underWay, Withdrawal why, Instant now) {
        List<Payment> found = underWay.get();
        if (found.isEmpty()) {
            return new Withdrawn(why, List.of());
        }
        Set<OrderId> locked = new HashSet<>();
        found.stream().map(Payment::orderId).distinct().filter(orders::lock).forEach(locked::add);
        // Read again under the orders' locks: a result may have settled one of them since the first read.
        List<Payment> withdrawn = underWay.get().stream()
                .filter(payment -> locked.contains(payment.orderId()))
                .toList();
        for (Payment payment : withdrawn) {
            payment.withdraw(why, now);
            payments.update(payment);
        }
        return new Withdrawn(why, withdrawn);
    }

    /**
     * Asks the provider to close each payment taken back that may be open there, and records the answers. Call outside
     * any transaction. A payment recorded so recently that its own request is still asking the provider to start it
     * is left to reconciliation, which closes it once the provider has it.
     */
    public void askProvider(Withdrawn withdrawn) {
        withdrawn.payments().stream()
                .filter(payment -> payment.status() != PaymentStatus.CREATED)
                .forEach(payment -> providerAnswers.closeWithdrawn(payment, withdrawn.why()));
    }
}
