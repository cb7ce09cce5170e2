package org.hexmall.domain.checkout;

import java.util.Objects;
import java.util.UUID;

/** Identifies an order inside hexmall; people use its {@link OrderNumber}. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
