package org.hexmall.application.port.in.support;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;

/** An agent pages through a customer's whole timeline, narrowed to the kinds they need. */
public interface ViewCustomerTimeline {

    /** The page asked for, or the last one when fewer pages exist; empty for no such customer. */
    Optional<CustomerTimelinePage> view(CustomerId customerId, CustomerTimeline.Query query);
}
