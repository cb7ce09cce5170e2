package org.hexmall.application.service.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentOptions;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.ViewPaymentOptions;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PromotionFacts;
import org.hexmall.application.port.out.persistence.PromotionSnapshot;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.checkout.shared.CheckoutSettings;
import org.hexmall.application.service.checkout.shared.OverdueOrders;
import org.hexmall.application.service.promotion.shared.PromotionPrices;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.PayingWallet;
import org.hexmall.domain.payment.PaymentAttempts;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.PointsPolicy;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.promotion.Pricing;
import org.hexmall.domain.promotion.PricingRequest;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * The payment page: the order, the wallets that can pay it (the one that pays by default first) with what the order
 * costs with each of them, the points the customer may spend, and its payments with the prices they started with.
 */
public final class ViewPaymentOptionsService implements ViewPaymentOptions {

    private final Orders orders;
    private final Payments payments;
    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final PromotionFacts promotions;
    private final PaymentPricings pricings;
    private final CheckoutSettings checkout;
    private final Clock clock;

    public ViewPaymentOptionsService(Orders orders, Payments payments, WalletBindings bindings,
                                     TransactionRunner transactions, PromotionFacts promotions,
                                     PaymentPricings pricings, CheckoutSettings checkout, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.bindings = bindings;
        this.transactions = transactions;
        this.promotions = promotions;
        this.pricings = pricings;
        this.checkout = checkout;
        this.clock = clock;
    }

    @Override
    public Optional<PaymentOptions> options(CustomerId customerId, OrderId orderId) {
        return transactions.inTransaction(() -> orders.findById(orderId)
                .filter(order -> order.customerId().equals(customerId))
                .map(order -> OverdueOrders.closeIfOverdue(orders, order, checkout, clock.instant()))
                .map(order -> optionsFor(customerId, order)));
    }

    private PaymentOptions optionsFor(CustomerId customerId, Order order) {
        List<WalletBinding> customersWallets = bindings.findByCustomer(customerId);
        Optional<WalletBinding> preselected = PayingWallet.preselected(customersWallets);
        List<BoundWallet> canPay = customersWallets.stream()
                .filter(WalletBinding::isActive)
                .sorted(Comparator.comparing((WalletBinding binding) -> !binding.equals(preselected.orElse(null))))
                .map(BoundWallet::of)
                .toList();
        PaymentAttempts attempts = PaymentAttempts.of(payments.findByOrder(order.id()));
        List<PaymentView> newestFirst = attempts.all().reversed().stream().map(PaymentView::of).toList();
        Map<PaymentId, PriceBreakdown> frozen = pricings.findAll(newestFirst.stream().map(PaymentView::id).toList());
        Map<BindingId, PriceBreakdown> prices = new HashMap<>();
        long balance = 0;
        long spendable = 0;
        if (order.isPayable() && !canPay.isEmpty()) {
            Instant now = clock.instant();
            PromotionSnapshot snapshot = promotions.snapshotFor(customerId, now);
            balance = snapshot.pointsBalance();
            PricingRequest request = PromotionPrices.request(snapshot, order, canPay.getFirst().provider(), 0, now);
            List<PriceBreakdown> each = Pricing.perWallet(request,
                    canPay.stream().map(BoundWallet::provider).toList());
            spendable = Long.MAX_VALUE;
            for (int index = 0; index < canPay.size(); index++) {
                prices.put(canPay.get(index).id(), each.get(index));
                spendable = Math.min(spendable,
                        PointsPolicy.mostSpendable(each.get(index).amountAfterDiscounts(), balance));
            }
            // Paying with a wallet whose payment waits in its app goes back to that payment, at the price it started
            // with: that is what the wallet charges, so that is the price the page shows for it.
            for (BoundWallet wallet : canPay) {
                if (attempts.payingWith(wallet.id()) instanceof PaymentAttempts.Resume resume
                        && frozen.containsKey(resume.payment().id())) {
                    prices.put(wallet.id(), frozen.get(resume.payment().id()));
                }
            }
        }
        return new PaymentOptions(order, canPay, preselected.map(WalletBinding::id), newestFirst,
                attempts.beingConfirmed().map(PaymentView::of), order.closesAt(checkout.unpaidOrderTimeout()), prices,
                frozen, balance, spendable);
    }
}
