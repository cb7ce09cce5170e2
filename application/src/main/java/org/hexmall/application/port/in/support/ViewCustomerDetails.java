package org.hexmall.application.port.in.support;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;

/** An agent opens a customer's page in the console. */
public interface ViewCustomerDetails {

    Optional<CustomerDetails> view(CustomerId customerId);
}
