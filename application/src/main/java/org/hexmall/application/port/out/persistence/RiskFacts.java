package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.RecentPayment;
import org.hexmall.domain.shared.Money;

/**
 * The facts the risk rules look at, and the recent activity agents read beside an alert: each a bounded aggregate
 * over a time window, on indexed columns, never a customer's whole history.
 */
public interface RiskFacts {

    /**
     * What the payment rules need, in one round trip.
     *
     * @param usualSince         successful payments from then on tell the customer's usual amount…
     * @param usualSample        …the latest this many of them
     * @param velocitySince      payments started from then on are counted
     * @param wrongPasswordSince payments that failed on a wrong or locked payment password from then on are counted
     */
    PaymentSignals paymentSignals(CustomerId customerId, Instant usualSince, int usualSample, Instant velocitySince,
                                  Instant wrongPasswordSince);

    /** How many wallet bindings the customer started from {@code since} on. */
    int bindingsStartedSince(CustomerId customerId, Instant since);

    /**
     * What the login rules need: failed logins from the address since then on every other account (the account's
     * own wrong passwords are its login lock's to count), and the addresses of the account's latest successful
     * logins, newest first.
     */
    LoginSignals loginSignals(CustomerId customerId, String clientAddress, Instant failedSince, int recentLogins);

    /** The customer's latest payments, newest first, at most {@code limit}. */
    List<RecentPayment> recentPayments(CustomerId customerId, int limit);

    /**
     * @param usualAmounts  the latest successful amounts, newest first
     * @param lastBoundAt   when the latest binding that is bound now was started
     */
    record PaymentSignals(List<Money> usualAmounts, int paymentsSince, int wrongPasswordsSince,
                          Optional<Instant> lastBoundAt) {

        public PaymentSignals {
            usualAmounts = List.copyOf(usualAmounts);
            Objects.requireNonNull(lastBoundAt, "lastBoundAt");
        }
    }

    record LoginSignals(int failedFromAddress, List<String> recentAddresses) {

        public LoginSignals {
            recentAddresses = List.copyOf(recentAddresses);
        }
    }
}
