package org.hexmall.application.service.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hexmall.application.port.in.payment.ListPurchases;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.PurchaseFilter;
import org.hexmall.application.port.in.payment.PurchaseRecords.Purchase;
import org.hexmall.application.port.in.payment.PurchaseRecords;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.checkout.shared.CheckoutSettings;
import org.hexmall.application.service.checkout.shared.OverdueOrders;
import org.hexmall.application.service.payment.shared.PaymentSettings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.Payment;

/**
 * The customer's purchase records: every order with the wallet payment that paid it, filtered as asked and
 * grouped by the month (in the store's time zone) it was placed in.
 */
public final class ListPurchasesService implements ListPurchases {

    private final Orders orders;
    private final Payments payments;
    private final TransactionRunner transactions;
    private final CheckoutSettings checkout;
    private final ZoneId storeZone;
    private final Clock clock;

    public ListPurchasesService(Orders orders, Payments payments, TransactionRunner transactions,
                                CheckoutSettings checkout, PaymentSettings settings, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.transactions = transactions;
        this.checkout = checkout;
        this.storeZone = settings.storeZone();
        this.clock = clock;
    }

    @Override
    public PurchaseRecords list(CustomerId customerId, PurchaseFilter filter) {
        List<Purchase> purchases = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<Order> placed = orders.findByCustomer(customerId).stream()
                    .map(order -> OverdueOrders.closeIfOverdue(orders, order, checkout, now))
                    .toList();
            Map<OrderId, Payment> paying = payments.findByOrders(placed.stream().map(Order::id).toList()).stream()
                    .filter(Payment::paidItsOrder)
                    .collect(Collectors.toMap(Payment::orderId, Function.identity(), (first, later) -> first));
            return placed.stream()
                    .map(order -> new Purchase(order, Optional.ofNullable(paying.get(order.id()))
                            .map(PaymentView::of)))
                    .toList();
        });
        Map<YearMonth, List<Purchase>> byMonth = purchases.stream()
                .filter(purchase -> matches(purchase, filter))
                .collect(Collectors.groupingBy(purchase -> YearMonth.from(placedOn(purchase.order())),
                        LinkedHashMap::new, Collectors.toList()));
        return new PurchaseRecords(byMonth.entrySet().stream()
                .map(month -> new PurchaseRecords.Month(month.getKey(), month.getValue()))
                .toList());
    }

    private boolean matches(Purchase purchase, PurchaseFilter filter) {
        Order order = purchase.order();
        LocalDate placedOn = placedOn(order);
        return filter.wallet().map(wallet -> purchase.paidWith().filter(paid -> paid.provider() == wallet).isPresent())
                .orElse(true)
                && filter.status().map(status -> purchase.status() == status).orElse(true)
                && filter.from().map(from -> !placedOn.isBefore(from)).orElse(true)
                && filter.to().map(to -> !placedOn.isAfter(to)).orElse(true)
                && filter.category().map(category -> order.lines().stream()
                        .anyMatch(line -> line.category() == category)).orElse(true);
    }

    private LocalDate placedOn(Order order) {
        return order.placedAt().atZone(storeZone).toLocalDate();
    }
}
