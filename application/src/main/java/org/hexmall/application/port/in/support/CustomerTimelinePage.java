package org.hexmall.application.port.in.support;

import java.util.Objects;

/** A page of a customer's timeline with the customer it is about. */
public record CustomerTimelinePage(CustomerSummary customer, CustomerTimeline timeline) {

    public CustomerTimelinePage {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(timeline, "timeline");
    }
}
