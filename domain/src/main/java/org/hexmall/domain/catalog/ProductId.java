package org.hexmall.domain.catalog;

import java.util.Objects;

/** Identifies a product by its stock-keeping code, such as {@code ELEC-0001}. */
public record ProductId(String value) {

    public ProductId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Z]{2,6}-\\d{4}")) {
            throw new IllegalArgumentException("a product id looks like ELEC-0001, not " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
