package org.hexmall.application.port.in.payment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Withdrawal;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.wallet.BindingId;

/**
 * @param wallets        the customer's bound wallets, the preferred one first
 * @param preselected    the wallet the page chooses for the customer: the one that pays if they choose none
 * @param payments       the order's payments so far, newest first
 * @param beingConfirmed a payment of the order whose outcome the store is still finding out: while there is one,
 *                       no other payment can start
 * @param closesAt       when the order closes if it is still unpaid
 * @param prices         what the order costs with each of the wallets, spending no points: the discounts, the
 *                       amount to pay, the points and vouchers it earns, and the offers not applied with why; for
 *                       the wallet whose payment waits in its app, the price that payment started with, which paying
 *                       with it again goes back to; empty while the order cannot be paid
 * @param frozenPrices   the price each of the order's payments started with, by payment: what it charges
 * @param pointsBalance  the customer's points
 * @param pointsToSpend  the most points the customer may spend on the order, whichever wallet pays (whole yuan, at
 *                       most half the amount to pay, within the balance); 0 for none
 */
public record PaymentOptions(Order order, List<BoundWallet> wallets, Optional<BindingId> preselected,
                             List<PaymentView> payments, Optional<PaymentView> beingConfirmed,
                             Optional<Instant> closesAt, Map<BindingId, PriceBreakdown> prices,
                             Map<PaymentId, PriceBreakdown> frozenPrices, long pointsBalance, long pointsToSpend) {

    public PaymentOptions {
        wallets = List.copyOf(wallets);
        payments = List.copyOf(payments);
        prices = Map.copyOf(prices);
        frozenPrices = Map.copyOf(frozenPrices);
    }

    /** True when the customer can start paying now: the order awaits payment and no payment is being confirmed. */
    public boolean canPayNow() {
        return order.isPayable() && beingConfirmed.isEmpty();
    }

    /**
     * The payment waiting for the customer in a wallet's app, if there is one: paying with that wallet again goes back
     * to it, at the price it started with; paying with another closes it first.
     */
    public Optional<PaymentView> waitingInWalletApp() {
        // One the store took back (its wallet unbound, the account frozen) is closed rather than gone back to.
        return payments.stream().filter(payment -> payment.status() == PaymentStatus.AWAITING_CONFIRMATION)
                .filter(payment -> Withdrawal.notedIn(payment.timeline()).isEmpty())
                .findFirst();
    }

    /** What the order costs with this wallet, if the page can say. */
    public Optional<PriceBreakdown> priceWith(BindingId wallet) {
        return Optional.ofNullable(prices.get(wallet));
    }
}
