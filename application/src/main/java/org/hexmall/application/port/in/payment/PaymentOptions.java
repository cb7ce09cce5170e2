package org.hexmall.application.port.in.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.wallet.BindingId;

/**
 * @param wallets     the customer's bound wallets, the preferred one first
 * @param preselected the wallet the page chooses for the customer: the preferred one
 * @param payments    the order's payments so far, newest first
 * @param closesAt    when the order closes if it is still unpaid
 */
public record PaymentOptions(Order order, List<BoundWallet> wallets, Optional<BindingId> preselected,
                             List<PaymentView> payments, Optional<Instant> closesAt) {

    public PaymentOptions {
        wallets = List.copyOf(wallets);
        payments = List.copyOf(payments);
    }
}
