package org.hexmall.application.port.in.risk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.risk.RecentPayment;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskHold;

/**
 * An alert with what an agent reads beside it: who the customer is and their latest logins and payments.
 *
 * @param abandoned      the customer was asked for a proof and never went through with it, and can no longer
 * @param recentLogins   the latest, newest first, at most {@link #RECENT}
 * @param recentPayments the latest, newest first, at most {@link #RECENT}
 * @param hold           the hold the alert placed, if it blocked; lifted, ended or still holding
 * @param now            when it was read, against which the hold holds or not
 */
public record RiskAlertDetails(RiskAlert alert, CustomerSummary customer, List<LoginRecord> recentLogins,
                               List<RecentPayment> recentPayments, boolean abandoned, Optional<RiskHold> hold,
                               Instant now) {

    public static final int RECENT = 10;

    public RiskAlertDetails {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(customer, "customer");
        recentLogins = List.copyOf(recentLogins);
        recentPayments = List.copyOf(recentPayments);
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(now, "now");
    }

    /** The hold the alert placed, while it still holds. */
    public Optional<RiskHold> activeHold() {
        return hold.filter(placed -> placed.isActiveAt(now));
    }
}
