package org.hexmall.application.service.wallet.shared;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.service.payment.shared.ProviderAnswers;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.ChargeOrRefund;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * What a binding that ended in hexmall asks of its provider, whoever ended it (the customer, an agent, a
 * replacement): first that the payments still waiting in the wallet app be closed, so that the app can no longer pay
 * them, then that the agreement be cancelled ({@link AgreementCancellations}). The transaction that ends the binding
 * withdraws its payments under way, each noted under its order's lock, so that a charge confirmed for one anyway goes
 * back instead of paying the order ({@link ChargeOrRefund}); the provider is asked with no transaction open, and each
 * answer is recorded in a transaction of its own. What the provider cannot be asked now, the scheduled jobs ask
 * later: reconciliation closes the payments, the cancellation job the agreement.
 */
public final class EndedBindings {

    private final Payments payments;
    private final Orders orders;
    private final ProviderAnswers providerAnswers;
    private final AgreementCancellations agreements;

    public EndedBindings(Payments payments, Orders orders, ProviderAnswers providerAnswers,
                         AgreementCancellations agreements) {
        this.payments = payments;
        this.orders = orders;
        this.providerAnswers = providerAnswers;
        this.agreements = agreements;
    }

    /** A binding that has just ended, and the payments it had under way then: what its provider is asked next. */
    public record Ended(WalletBinding binding, List<Payment> withdrawn) {

        public Ended {
            withdrawn = List.copyOf(withdrawn);
        }
    }

    /**
     * Withdraws the wallet's payments under way and takes the first attempt to cancel its agreement. Call inside the
     * transaction that ends the binding, before it stores the binding: the payments' orders are locked before the
     * binding's row, in the order paying takes them.
     */
    public Ended takeFirstSteps(WalletBinding ended, Instant now) {
        agreements.takeFirstAttempt(ended, now);
        List<Payment> underWay = payments.findUnderWayWith(ended.customerId(), ended.id());
        if (underWay.isEmpty()) {
            return new Ended(ended, List.of());
        }
        Set<OrderId> locked = new HashSet<>();
        underWay.stream().map(Payment::orderId).distinct().filter(orders::lock).forEach(locked::add);
        // Read again under the orders' locks: a result may have settled one of them since the first read.
        List<Payment> withdrawn = payments.findUnderWayWith(ended.customerId(), ended.id()).stream()
                .filter(payment -> locked.contains(payment.orderId()))
                .toList();
        for (Payment payment : withdrawn) {
            payment.walletUnbound(now);
            payments.update(payment);
        }
        return new Ended(ended, withdrawn);
    }

    /**
     * Asks the provider to close each withdrawn payment that may be open there, then to cancel the agreement, and
     * records the answers. Call outside any transaction. A payment recorded so recently that its own request is still
     * asking the provider to start it is left to reconciliation, which closes it once the provider has it.
     */
    public void askProvider(Ended ended) {
        ended.withdrawn().stream()
                .filter(payment -> payment.status() != PaymentStatus.CREATED)
                .forEach(providerAnswers::closeForUnboundWallet);
        agreements.askProvider(ended.binding());
    }
}
