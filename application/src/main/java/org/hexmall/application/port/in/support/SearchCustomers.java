package org.hexmall.application.port.in.support;

import org.hexmall.domain.shared.Page;

/** An agent looks a customer up by part of their phone number, email or name. */
public interface SearchCustomers {

    Page<CustomerSummary> search(CustomerSearchQuery query);
}
