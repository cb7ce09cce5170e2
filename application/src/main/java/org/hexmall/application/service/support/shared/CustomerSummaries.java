package org.hexmall.application.service.support.shared;

import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.EmailAddress;

/** How a customer account reads in the console. */
public final class CustomerSummaries {

    private CustomerSummaries() {
    }

    public static CustomerSummary of(Customer customer) {
        return new CustomerSummary(customer.id(), customer.displayName().value(), customer.phone().value(),
                customer.email().map(EmailAddress::value), customer.status(), customer.registeredAt());
    }
}
