package org.hexmall.application.port.in.risk;

import java.util.List;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskHold;
import org.hexmall.domain.shared.Page;

/** The alert queue of customer service: open alerts first, then the most severe, then the newest. */
public interface ListRiskAlerts {

    /** How many of a customer's latest alerts their page in the console shows. */
    int CUSTOMER_ALERTS = 20;

    Page<RiskAlert> list(AlertQuery query);

    /** As {@link #list(AlertQuery)}, each alert with the customer it is about: two round trips for the page. */
    Page<QueuedAlert> queue(AlertQuery query);

    /** The customer's latest alerts, newest first. */
    List<RiskAlert> ofCustomer(CustomerId customerId);

    /**
     * The customer's latest alerts, newest first, with the holds among them still holding: for the customer's page,
     * in the round trips that read the alerts.
     */
    CustomerAlerts ofCustomerWithHolds(CustomerId customerId);

    /** @param activeHolds the holds the alerts placed that still hold, in the order of the alerts */
    record CustomerAlerts(List<RiskAlert> alerts, List<RiskHold> activeHolds) {

        public CustomerAlerts {
            alerts = List.copyOf(alerts);
            activeHolds = List.copyOf(activeHolds);
        }
    }
}
