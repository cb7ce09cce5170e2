package org.hexmall.application.service.support;

import org.hexmall.application.port.in.support.CustomerSearchQuery;
import org.hexmall.application.port.in.support.CustomerSearchResults;
import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.application.port.in.support.SearchCustomers;
import org.hexmall.application.port.out.persistence.CustomerSearch;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.support.shared.CustomerSummaries;
import org.hexmall.domain.shared.Page;

public final class SearchCustomersService implements SearchCustomers {

    private final Customers customers;
    private final TransactionRunner transactions;

    public SearchCustomersService(Customers customers, TransactionRunner transactions) {
        this.customers = customers;
        this.transactions = transactions;
    }

    @Override
    public CustomerSearchResults search(CustomerSearchQuery query) {
        CustomerSearch search = CustomerSearch.of(query.text());
        Page<CustomerSummary> found = page(search, query.page());
        if (found.items().isEmpty() && found.number() > found.pageCount()) {
            // A page beyond the last is the last, as the customer's timeline does.
            found = page(search, found.pageCount());
        }
        boolean more = found.total() > CustomerSearchQuery.COUNTED_MATCHES;
        return new CustomerSearchResults(more
                ? new Page<>(found.items(), found.number(), found.size(), CustomerSearchQuery.COUNTED_MATCHES)
                : found, more);
    }

    /** One more than is shown is counted, to tell "1,000" from "1,000+". */
    private Page<CustomerSummary> page(CustomerSearch search, int number) {
        return transactions.inTransaction(() -> customers
                .search(search, number, CustomerSearchQuery.PAGE_SIZE, CustomerSearchQuery.COUNTED_MATCHES + 1)
                .map(CustomerSummaries::of));
    }
}
