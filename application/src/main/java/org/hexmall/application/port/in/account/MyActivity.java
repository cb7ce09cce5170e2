package org.hexmall.application.port.in.account;

import java.util.List;

/**
 * One page of a customer's "Account activity", newest first.
 *
 * @param page          the page, counted from 1
 * @param hasNext       whether an older page follows
 * @param olderNotShown whether older activity exists beyond the pages shown to the customer (customer service can
 *                      tell them about it)
 */
public record MyActivity(List<ActivityEntry> entries, int page, boolean hasNext, boolean olderNotShown) {

    public MyActivity {
        entries = List.copyOf(entries);
        if (page < 1) {
            throw new IllegalArgumentException("pages are counted from 1");
        }
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
