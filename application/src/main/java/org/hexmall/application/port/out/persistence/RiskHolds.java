package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskHold;

/**
 * The holds blocks placed, one per blocking alert. Whether an attempt is held is read with the risk facts
 * ({@link RiskFacts}), in the round trip that gathers them; this port serves the console and the agents' lifts.
 */
public interface RiskHolds {

    void place(RiskHold hold);

    /** The hold the alert placed, lifted or ended or not. */
    Optional<RiskHold> findByAlert(RiskAlertId alert);

    /** The customer's holds still holding at {@code now}, latest placed first. */
    List<RiskHold> activeOf(CustomerId customerId, Instant now);

    /** Lifts the alert's hold when it still holds at the lift's time; false when there is none that does. */
    boolean lift(RiskAlertId alert, RiskHold.Lift lift);
}
