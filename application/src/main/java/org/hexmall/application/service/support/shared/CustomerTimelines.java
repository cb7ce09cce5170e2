package org.hexmall.application.service.support.shared;

import java.util.List;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntries;
import org.hexmall.domain.account.CustomerId;

/**
 * One page of a customer's timeline as the database keeps it, every kind of entry including the risk alerts raised on
 * them: the customer page's first page and the timeline's own pages are read alike. Two statements however long the
 * customer's history: how many entries of the kinds there are, and the page.
 */
public final class CustomerTimelines {

    private CustomerTimelines() {
    }

    /** The page the query asks for; a page beyond the last is the last. Call inside a transaction. */
    public static CustomerTimeline page(CustomerTimelineEntries entries, CustomerId customerId,
                                        CustomerTimeline.Query query) {
        long total = entries.count(customerId, query.kinds());
        int size = CustomerTimeline.PAGE_SIZE;
        int pageCount = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
        CustomerTimeline.Query shown = new CustomerTimeline.Query(query.kinds(), Math.min(query.page(), pageCount));
        List<CustomerTimeline.Entry> page = total == 0 ? List.of()
                : entries.newestFirst(customerId, shown.kinds(), shown.skipped(), size);
        return new CustomerTimeline(page, shown.kinds(), shown.page(), pageCount, total);
    }
}
