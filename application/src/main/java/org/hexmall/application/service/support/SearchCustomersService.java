package org.hexmall.application.service.support;

import org.hexmall.application.port.in.support.CustomerSearchQuery;
import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.application.port.in.support.SearchCustomers;
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
    public Page<CustomerSummary> search(CustomerSearchQuery query) {
        return transactions.inTransaction(() -> customers
                .search(query.text(), query.page(), CustomerSearchQuery.PAGE_SIZE)
                .map(CustomerSummaries::of));
    }
}
