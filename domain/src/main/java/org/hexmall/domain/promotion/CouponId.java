package org.hexmall.domain.promotion;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a coupon or voucher a customer holds. */
public record CouponId(UUID value) {

    public CouponId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from text such as a URL segment; empty when the text is not an id. */
    public static Optional<CouponId> parse(String text) {
        try {
            return Optional.of(new CouponId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
