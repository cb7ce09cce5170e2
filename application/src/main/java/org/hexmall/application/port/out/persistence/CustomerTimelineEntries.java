package org.hexmall.application.port.out.persistence;

import java.util.List;
import java.util.Set;
import org.hexmall.application.port.in.support.CustomerTimeline.Entry;
import org.hexmall.application.port.in.support.CustomerTimeline.Kind;
import org.hexmall.domain.account.CustomerId;

/**
 * Everything that happened to a customer, of the kinds asked for, read a page at a time from where each kind is kept:
 * a page costs one bounded read however long the customer's history is. Read-only.
 */
public interface CustomerTimelineEntries {

    /**
     * The customer's entries of the kinds, newest first (entries at the same instant in the order of the kinds),
     * leaving out the first {@code skip} and giving at most {@code limit}.
     */
    List<Entry> newestFirst(CustomerId customerId, Set<Kind> kinds, int skip, int limit);

    /** How many entries of the kinds the customer has in all. */
    long count(CustomerId customerId, Set<Kind> kinds);
}
