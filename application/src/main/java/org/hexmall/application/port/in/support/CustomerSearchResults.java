package org.hexmall.application.port.in.support;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.shared.Page;

/**
 * One page of the customers a search found. Matches are counted up to {@link CustomerSearchQuery#COUNTED_MATCHES}
 * only: past that the count reads "1,000+", and the pages go as far as the counted matches; an agent narrows such a
 * search rather than pages through it.
 *
 * @param page            the page, its total the matches counted
 * @param moreThanCounted true if the search found more customers than were counted
 */
public record CustomerSearchResults(Page<CustomerSummary> page, boolean moreThanCounted) {

    public CustomerSearchResults {
        Objects.requireNonNull(page, "page");
    }

    public List<CustomerSummary> items() {
        return page.items();
    }

    /** The matches counted: all of them, or {@link CustomerSearchQuery#COUNTED_MATCHES} when there are more. */
    public long total() {
        return page.total();
    }

    public int number() {
        return page.number();
    }

    public int pageCount() {
        return page.pageCount();
    }

    public boolean hasPrevious() {
        return page.hasPrevious();
    }

    public boolean hasNext() {
        return page.hasNext();
    }
}
