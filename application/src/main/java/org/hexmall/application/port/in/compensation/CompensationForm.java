package org.hexmall.application.port.in.compensation;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.Compensation;

/**
 * What an agent sees to compensate a customer: the campaigns whose coupons may be given, how much of their own daily
 * limit is left, and the customer's compensations so far.
 *
 * @param campaigns  the running wallet coupon campaigns, whose coupons may be given
 * @param usedToday  what this agent granted today without approval
 * @param history    one page of the customer's compensations, the newest first
 */
public record CompensationForm(CustomerId customerId, String customerName, List<Campaign> campaigns,
                               Money dailyLimit, Money usedToday, Page<Compensation> history) {

    public CompensationForm {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerName, "customerName");
        campaigns = List.copyOf(campaigns);
        Objects.requireNonNull(dailyLimit, "dailyLimit");
        Objects.requireNonNull(usedToday, "usedToday");
        Objects.requireNonNull(history, "history");
    }

    /** What the agent may still grant today without a supervisor. */
    public Money leftToday() {
        return usedToday.compareTo(dailyLimit) >= 0 ? Money.ZERO : dailyLimit.minus(usedToday);
    }
}
