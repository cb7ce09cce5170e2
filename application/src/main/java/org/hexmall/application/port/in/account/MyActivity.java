package org.hexmall.application.port.in.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a customer's "Account activity", newest first.
 *
 * @param page          the page, counted from 1
 * @param hasNext       whether an older page follows
 * @param olderNotShown whether older activity exists beyond the pages shown to the customer (customer service can
 *                      tell them about it)
 * @param heldUntil     while a risk hold holds the account's payments and bindings, when the last of its holds ends by
 *                      itself (customer service may lift it sooner); empty when nothing is held
 */
public record MyActivity(List<ActivityEntry> entries, int page, boolean hasNext, boolean olderNotShown,
                         Optional<Instant> heldUntil) {

    public MyActivity {
        entries = List.copyOf(entries);
        Objects.requireNonNull(heldUntil, "heldUntil");
        if (page < 1) {
            throw new IllegalArgumentException("pages are counted from 1");
        }
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
