package org.hexmall.application.port.in.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PriceBreakdown;

/**
 * What the console shows of a customer's promotions: the coupons they hold, used and let expire, their points, and
 * the frozen price of each of their payments, read only.
 *
 * @param availableCoupons the newest coupons they can still use, at most {@link #COUPONS_PER_SHELF}
 * @param usedCoupons      the newest coupons spent on a paid order, at most {@link #COUPONS_PER_SHELF}
 * @param expiredCoupons   the newest coupons no longer usable (validity over or withdrawn), at most
 *                         {@link #COUPONS_PER_SHELF}
 * @param pointsBalance    the points the customer holds now
 * @param pointsEntries    the latest points ledger entries, newest first, at most {@link #RECENT_POINTS_ENTRIES}
 * @param pricings         the price breakdown each payment started with; payments priced before breakdowns existed
 *                         are absent
 */
public record CustomerPromotions(List<Coupon> availableCoupons, List<Coupon> usedCoupons,
                                 List<Coupon> expiredCoupons, long pointsBalance, List<PointsEntry> pointsEntries,
                                 Map<PaymentId, PriceBreakdown> pricings) {

    public static final int COUPONS_PER_SHELF = 10;
    public static final int RECENT_POINTS_ENTRIES = 20;

    public CustomerPromotions {
        availableCoupons = List.copyOf(availableCoupons);
        usedCoupons = List.copyOf(usedCoupons);
        expiredCoupons = List.copyOf(expiredCoupons);
        pointsEntries = List.copyOf(pointsEntries);
        pricings = Map.copyOf(pricings);
    }

    /** The frozen price breakdown of the payment, if it has one. */
    public Optional<PriceBreakdown> pricingOf(PaymentId payment) {
        return Optional.ofNullable(pricings.get(payment));
    }

    /**
     * The coupons by where they stand, {@code AVAILABLE}, {@code USED} then {@code EXPIRED}, each newest first.
     */
    public Map<String, List<Coupon>> couponsByShelf() {
        Map<String, List<Coupon>> shelves = new LinkedHashMap<>();
        shelves.put("AVAILABLE", availableCoupons);
        shelves.put("USED", usedCoupons);
        shelves.put("EXPIRED", expiredCoupons);
        return shelves;
    }

    /** How many coupons of each shelf are shown at most. */
    public int couponsPerShelf() {
        return COUPONS_PER_SHELF;
    }

    /** How many of the latest points entries are shown at most. */
    public int recentPointsEntries() {
        return RECENT_POINTS_ENTRIES;
    }

    /** Whether the customer has no coupon on any shelf. */
    public boolean hasNoCoupons() {
        return availableCoupons.isEmpty() && usedCoupons.isEmpty() && expiredCoupons.isEmpty();
    }
}
