package org.hexmall.domain.promotion;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * A discount on the order: the campaign or coupon that gave it, at which level, and how it is shared among the
 * order's lines ({@code perLine} follows the order's lines, zero for lines it does not cover).
 */
public record AppliedDiscount(OfferRef source, String nameEn, String nameZh, PricingLevel level,
                              StackingGroup group, Money amount, List<Money> perLine) {

    public AppliedDiscount {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(amount, "amount");
        perLine = List.copyOf(perLine);
        long sum = perLine.stream().mapToLong(Money::fen).sum();
        if (sum != amount.fen()) {
            throw new IllegalArgumentException("a discount's line shares add up to the discount");
        }
    }
}
