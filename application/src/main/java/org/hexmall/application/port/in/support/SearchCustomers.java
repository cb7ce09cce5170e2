package org.hexmall.application.port.in.support;

/** An agent looks a customer up by their phone number, email or name, or the start or part of one. */
public interface SearchCustomers {

    CustomerSearchResults search(CustomerSearchQuery query);
}
