package org.hexmall.application.port.in.support;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;

/** An agent opens a customer's page in the console. */
public interface ViewCustomerDetails {

    /** The customer's details with the first page of their whole timeline. */
    default Optional<CustomerDetails> view(CustomerId customerId) {
        return view(customerId, CustomerTimeline.Query.FIRST_PAGE_OF_ALL);
    }

    /** The customer's details with the page of their timeline the agent asked for. */
    Optional<CustomerDetails> view(CustomerId customerId, CustomerTimeline.Query timeline);
}
