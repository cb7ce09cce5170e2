package org.hexmall.domain.promotion;

import java.util.Objects;
import org.hexmall.domain.shared.DomainException;

/**
 * The group a campaign or coupon competes in: an order gets at most one benefit per group, the one best for the
 * customer. Campaigns in different groups stack. Names are short lowercase words such as {@code festival}.
 */
public record StackingGroup(String name) {

    public StackingGroup {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,31}")) {
            throw new DomainException("promotion.stacking-group-format");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
