package org.hexmall.application.port.in.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.wallet.BindingId;

/**
 * @param wallets        the customer's bound wallets, the preferred one first
 * @param preselected    the wallet the page chooses for the customer: the one that pays if they choose none
 * @param payments       the order's payments so far, newest first
 * @param beingConfirmed a payment of the order whose outcome the store is still finding out: while there is one,
 *                       no other payment can start
 * @param closesAt       when the order closes if it is still unpaid
 */
public record PaymentOptions(Order order, List<BoundWallet> wallets, Optional<BindingId> preselected,
                             List<PaymentView> payments, Optional<PaymentView> beingConfirmed,
                             Optional<Instant> closesAt) {

    public PaymentOptions {
        wallets = List.copyOf(wallets);
        payments = List.copyOf(payments);
    }

    /** True when the customer can start paying now: the order awaits payment and no payment is being confirmed. */
    public boolean canPayNow() {
        return order.isPayable() && beingConfirmed.isEmpty();
    }
}
