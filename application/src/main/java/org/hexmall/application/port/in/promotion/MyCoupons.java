package org.hexmall.application.port.in.promotion;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.shared.Page;

/**
 * One page of a tab of "My coupons".
 *
 * @param usedOn for the coupons used, the order each was used on, by the payment that used it, where known
 */
public record MyCoupons(CouponTab tab, Page<Coupon> coupons, Map<PaymentId, OrderReference> usedOn) {

    public MyCoupons {
        Objects.requireNonNull(tab, "tab");
        Objects.requireNonNull(coupons, "coupons");
        usedOn = Map.copyOf(usedOn);
    }

    /** The order the coupon was used on, if it was used and the order is known. */
    public Optional<OrderReference> orderOf(Coupon coupon) {
        return coupon.reservedFor().map(usedOn::get);
    }
}
