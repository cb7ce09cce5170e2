package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Set;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.shared.Page;

/**
 * Where the security events of every customer account are recorded. Entries are only ever added; every
 * read is bounded by a page or a time window, so that no read grows with a customer's whole history.
 */
public interface SecurityEvents {

    void record(SecurityEvent event);

    /**
     * One page of the customer's events, newest first; of two events at the same instant, the one recorded
     * later comes first.
     *
     * @param pageNumber counted from 1
     */
    Page<SecurityEvent> newestFirst(CustomerId customerId, int pageNumber, int pageSize);

    /** How many events of the given kinds the customer has had at or after {@code since}. */
    long countSince(CustomerId customerId, Set<SecurityEventKind> kinds, Instant since);
}
