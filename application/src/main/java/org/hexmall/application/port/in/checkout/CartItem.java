package org.hexmall.application.port.in.checkout;

import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.shared.Money;

/** A cart line as the customer sees it: the product at today's price, the quantity and the line's total. */
public record CartItem(Product product, int quantity) {

    public Money total() {
        return product.price().times(quantity);
    }
}
