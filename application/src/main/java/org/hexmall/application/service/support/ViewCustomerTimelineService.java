package org.hexmall.application.service.support;

import java.util.Optional;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.in.support.CustomerTimelinePage;
import org.hexmall.application.port.in.support.ViewCustomerTimeline;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntries;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.support.shared.CustomerSummaries;
import org.hexmall.application.service.support.shared.CustomerTimelines;
import org.hexmall.domain.account.CustomerId;

/**
 * Reads the customer, how many entries of the chosen kinds they have, and the one page asked for: three statements
 * however long their history.
 */
public final class ViewCustomerTimelineService implements ViewCustomerTimeline {

    private final Customers customers;
    private final CustomerTimelineEntries entries;
    private final TransactionRunner transactions;

    public ViewCustomerTimelineService(Customers customers, CustomerTimelineEntries entries,
                                       TransactionRunner transactions) {
        this.customers = customers;
        this.entries = entries;
        this.transactions = transactions;
    }

    @Override
    public Optional<CustomerTimelinePage> view(CustomerId customerId, CustomerTimeline.Query query) {
        return transactions.inTransaction(() -> customers.findById(customerId).map(customer ->
                new CustomerTimelinePage(CustomerSummaries.of(customer),
                        CustomerTimelines.page(entries, customerId, query))));
    }
}
