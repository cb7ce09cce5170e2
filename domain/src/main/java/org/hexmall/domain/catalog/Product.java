package org.hexmall.domain.catalog;

import java.util.Objects;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;

/**
 * Something the store sells, at its current price. Orders keep a snapshot of name and price, so a
 * later price change never alters an order already placed.
 *
 * @param nameEn   the product's name in English
 * @param nameZh   the product's name in Simplified Chinese
 */
public record Product(ProductId id, String nameEn, String nameZh, Category category, Money price) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(price, "price");
        if (nameEn == null || nameEn.isBlank() || nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("a product has a name in English and in Chinese");
        }
        if (price.isZero()) {
            throw new DomainException("product.free");
        }
    }
}
