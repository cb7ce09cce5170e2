package org.hexmall.application.port.in.compensation;

import java.util.List;
import java.util.Objects;
import org.hexmall.application.port.in.promotion.CouponTab;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.Compensation;

/**
 * What an agent sees to compensate a customer: the campaigns whose coupons may be given, how much of their own daily
 * limit is left, the customer's compensations so far, and the customer's coupons and points, page by page.
 *
 * @param campaigns  the running wallet coupon campaigns, whose coupons may be given
 * @param usedToday  what this agent granted today without approval
 * @param history    one page of the customer's compensations, the newest first
 * @param couponTab   the tab of the customer's coupons shown
 * @param coupons     one page of the customer's coupons on that tab, the newest first
 * @param pointsBalance the customer's points
 * @param points      one page of the customer's points ledger, the newest first
 */
public record CompensationForm(CustomerId customerId, String customerName, List<Campaign> campaigns,
                               Money dailyLimit, Money usedToday, Page<Compensation> history, CouponTab couponTab,
                               Page<Coupon> coupons, long pointsBalance, Page<PointsEntry> points) {

    public CompensationForm {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerName, "customerName");
        campaigns = List.copyOf(campaigns);
        Objects.requireNonNull(dailyLimit, "dailyLimit");
        Objects.requireNonNull(usedToday, "usedToday");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(couponTab, "couponTab");
        Objects.requireNonNull(coupons, "coupons");
        Objects.requireNonNull(points, "points");
    }

    /** What the agent may still grant today without a supervisor. */
    public Money leftToday() {
        return usedToday.compareTo(dailyLimit) >= 0 ? Money.ZERO : dailyLimit.minus(usedToday);
    }
}
