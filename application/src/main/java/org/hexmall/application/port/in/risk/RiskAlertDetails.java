package org.hexmall.application.port.in.risk;

import java.util.List;
import java.util.Objects;
import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.risk.RecentPayment;
import org.hexmall.domain.risk.RiskAlert;

/**
 * An alert with what an agent reads beside it: who the customer is and their latest logins and payments.
 *
 * @param abandoned      the customer was asked for a proof and never went through with it, and can no longer
 * @param recentLogins   the latest, newest first, at most {@link #RECENT}
 * @param recentPayments the latest, newest first, at most {@link #RECENT}
 */
public record RiskAlertDetails(RiskAlert alert, CustomerSummary customer, List<LoginRecord> recentLogins,
                               List<RecentPayment> recentPayments, boolean abandoned) {

    public static final int RECENT = 10;

    public RiskAlertDetails {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(customer, "customer");
        recentLogins = List.copyOf(recentLogins);
        recentPayments = List.copyOf(recentPayments);
    }
}
