package org.hexmall.application.service.support;

import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.EmailAddress;

/** How a customer account reads in the console. */
final class CustomerSummaries {

    private CustomerSummaries() {
    }

    static CustomerSummary of(Customer customer) {
        return new CustomerSummary(customer.id(), customer.displayName().value(), customer.phone().value(),
                customer.email().map(EmailAddress::value), customer.status(), customer.registeredAt());
    }
}
