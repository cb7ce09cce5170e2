package org.hexmall.domain.checkout;

import java.util.Objects;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.DomainException;

/** One product in a cart, and how many of it. */
public record CartLine(ProductId productId, int quantity) {

    public static final int MAX_QUANTITY = 99;

    public CartLine {
        Objects.requireNonNull(productId, "productId");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new DomainException("cart.quantity", MAX_QUANTITY);
        }
    }
}
