package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.AlertFilter;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskHold;
import org.hexmall.domain.risk.Resolution;
import org.hexmall.domain.shared.Page;

/** The risk alerts customer service works through. An alert is never deleted; it is resolved. */
public interface RiskAlerts {

    void raise(RiskAlert alert);

    Optional<RiskAlert> findById(RiskAlertId id);

    /**
     * One page of the alerts the filter accepts: open ones first, then the most severe, then the newest.
     *
     * @param page counted from 1
     */
    Page<RiskAlert> list(AlertFilter filter, int page, int size);

    /** How many alerts are open: one cheap count, for the console's header on every page. */
    long countOpen();

    /** The customer's latest alerts, newest first, at most {@code limit}. */
    List<RiskAlert> latestOf(CustomerId customerId, int limit);

    /**
     * As {@link #latestOf}, with the hold each of them placed (lifted, ended or still holding), read with the alerts
     * in the same round trip.
     */
    AlertsWithHolds latestWithHoldsOf(CustomerId customerId, int limit);

    /** @param holds the holds the alerts placed, in the order of the alerts */
    record AlertsWithHolds(List<RiskAlert> alerts, List<RiskHold> holds) {

        public AlertsWithHolds {
            alerts = List.copyOf(alerts);
            holds = List.copyOf(holds);
        }
    }

    /** Closes an open alert; false (and nothing changed) if it is resolved already or does not exist. */
    boolean resolve(RiskAlertId id, Resolution resolution);

    /** Records how the customer's side ended; false if there is no such alert. */
    boolean recordOutcome(RiskAlertId id, AlertOutcome outcome);

    /**
     * Stores {@link AlertOutcome#ABANDONED} as the outcome of every alert raised before the time that still asks for a
     * proof ({@link AlertOutcome#VERIFICATION_ASKED}), in one statement, so that an answer recorded meanwhile stands;
     * answers how many.
     */
    int markAbandoned(Instant raisedBefore);
}
