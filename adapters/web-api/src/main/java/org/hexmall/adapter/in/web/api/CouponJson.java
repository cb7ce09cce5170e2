package org.hexmall.adapter.in.web.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.promotion.OrderReference;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;

/**
 * A coupon or voucher the customer holds: what it gives and asks, how they got it ({@code CLAIMED}, {@code CASHBACK},
 * {@code COMPENSATION}), its validity and status.
 *
 * @param campaignId the campaign it came from; null for one from customer service
 * @param usedOn     the order it was used on, if it was and the order is known; else null
 */
record CouponJson(String id, String origin, String campaignId, String nameEn, String nameZh, BenefitJson benefit,
                  List<String> wallets, MoneyJson minimumSpend, List<String> categories, List<String> productIds,
                  String validFrom, String validUntil, String status, OrderRefJson usedOn) {

    static CouponJson of(Coupon coupon, Optional<OrderReference> usedOn) {
        Conditions conditions = coupon.conditions();
        return new CouponJson(coupon.id().toString(), coupon.origin().name(),
                coupon.campaignId().map(Object::toString).orElse(null), coupon.nameEn(), coupon.nameZh(),
                BenefitJson.of(coupon.benefit()), names(conditions.wallets()), MoneyJson.of(conditions.minimumSpend()),
                names(conditions.categories()),
                conditions.products().stream().map(product -> product.value()).sorted().toList(),
                coupon.validFrom().toString(), coupon.validUntil().toString(), coupon.status().name(),
                usedOn.map(OrderRefJson::of).orElse(null));
    }

    /** The names of enum constants, sorted, so that a client sees the same list every time. */
    static List<String> names(Collection<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).sorted().toList();
    }

    /** An order, by its id (for {@code GET /api/v1/orders/{id}}) and the number the customer reads. */
    record OrderRefJson(String id, String number) {

        static OrderRefJson of(OrderReference order) {
            return new OrderRefJson(order.orderId().toString(), order.orderNumber().value());
        }
    }
}
