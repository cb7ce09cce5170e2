package org.hexmall.domain.checkout;

import java.util.Objects;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.Money;

/** A line of a placed order: what the product was called and cost when the customer settled. */
public record OrderLine(ProductId productId, String nameEn, String nameZh, Category category, Money unitPrice,
                        int quantity) {

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) {
            throw new IllegalArgumentException("an order line has at least one item");
        }
    }

    /** The product as it is now, frozen into an order line. */
    public static OrderLine snapshotOf(Product product, int quantity) {
        return new OrderLine(product.id(), product.nameEn(), product.nameZh(), product.category(), product.price(),
                quantity);
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}
