package org.hexmall.application.port.in.checkout;

import java.util.List;
import org.hexmall.domain.shared.Money;

/** The cart page (购物车): its items at today's prices and the total to settle. */
public record CartView(List<CartItem> items) {

    public CartView {
        items = List.copyOf(items);
    }

    public Money total() {
        return items.stream().map(CartItem::total).reduce(Money.ZERO, Money::plus);
    }

    public int itemCount() {
        return items.stream().mapToInt(CartItem::quantity).sum();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
