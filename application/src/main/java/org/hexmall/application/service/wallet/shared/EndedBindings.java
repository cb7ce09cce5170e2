package org.hexmall.application.service.wallet.shared;

import java.time.Instant;
import org.hexmall.application.service.payment.shared.WithdrawnPayments;
import org.hexmall.domain.payment.ChargeOrRefund;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * What a binding that ended in hexmall asks of its provider, whoever ended it (the customer, an agent, a
 * replacement): first that the payments still waiting in the wallet app be closed, so that the app can no longer pay
 * them, then that the agreement be cancelled ({@link AgreementCancellations}). The transaction that ends the binding
 * takes back its payments under way ({@link WithdrawnPayments}), so that a charge confirmed for one anyway goes back
 * instead of paying the order ({@link ChargeOrRefund}); the provider is asked with no transaction open, and each
 * answer is recorded in a transaction of its own. What the provider cannot be asked now, the scheduled jobs ask
 * later: reconciliation closes the payments, the cancellation job the agreement.
 */
public final class EndedBindings {

    private final WithdrawnPayments withdrawals;
    private final AgreementCancellations agreements;

    public EndedBindings(WithdrawnPayments withdrawals, AgreementCancellations agreements) {
        this.withdrawals = withdrawals;
        this.agreements = agreements;
    }

    /** A binding that has just ended, and the payments it had under way then: what its provider is asked next. */
    public record Ended(WalletBinding binding, WithdrawnPayments.Withdrawn withdrawn) {
    }

    /**
     * Takes back the wallet's payments under way and takes the first attempt to cancel its agreement. Call inside the
     * transaction that ends the binding, before it stores the binding: the payments' orders are locked before the
     * binding's row, in the order paying takes them.
     */
    public Ended takeFirstSteps(WalletBinding ended, Instant now) {
        agreements.takeFirstAttempt(ended, now);
        return new Ended(ended, withdrawals.ofUnboundWallet(ended, now));
    }

    /**
     * Asks the provider to close each payment taken back that may be open there, then to cancel the agreement, and
     * records the answers. Call outside any transaction.
     */
    public void askProvider(Ended ended) {
        withdrawals.askProvider(ended.withdrawn());
        agreements.askProvider(ended.binding());
    }
}
