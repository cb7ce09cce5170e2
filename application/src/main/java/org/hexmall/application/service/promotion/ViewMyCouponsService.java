package org.hexmall.application.service.promotion;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.promotion.CouponTab;
import org.hexmall.application.port.in.promotion.MyCoupons;
import org.hexmall.application.port.in.promotion.OrderReference;
import org.hexmall.application.port.in.promotion.ViewMyCoupons;
import org.hexmall.application.port.out.persistence.CouponShelf;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.promotion.shared.PaymentOrders;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.shared.Page;

/**
 * One read of the tab's page at the clock's time, so that a coupon whose validity ended moves to "Expired" by
 * itself; on the "Used" tab, the orders the coupons were used on, one read per coupon of the page.
 */
public final class ViewMyCouponsService implements ViewMyCoupons {

    private final Coupons coupons;
    private final Payments payments;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ViewMyCouponsService(Coupons coupons, Payments payments, TransactionRunner transactions, Clock clock) {
        this.coupons = coupons;
        this.payments = payments;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MyCoupons view(CustomerId customer, CouponTab tab, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages are counted from 1");
        }
        return transactions.withoutTransaction(() -> {
            Page<Coupon> coupons = this.coupons.ofCustomer(customer, shelf(tab), clock.instant(), page, PAGE_SIZE);
            Map<PaymentId, OrderReference> usedOn = tab != CouponTab.USED ? Map.of()
                    : PaymentOrders.of(payments, coupons.items().stream().map(Coupon::reservedFor)
                            .flatMap(Optional::stream).distinct().toList());
            return new MyCoupons(tab, coupons, usedOn);
        });
    }

    private static CouponShelf shelf(CouponTab tab) {
        return switch (tab) {
            case AVAILABLE -> CouponShelf.AVAILABLE;
            case USED -> CouponShelf.USED;
            case EXPIRED -> CouponShelf.EXPIRED;
        };
    }
}
