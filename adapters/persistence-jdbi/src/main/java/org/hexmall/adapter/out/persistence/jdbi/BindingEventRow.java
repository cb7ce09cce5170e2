package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.domain.wallet.BindingEvent;

/** One row of {@code wallet_binding_events}: a step in the history of the binding it names. */
record BindingEventRow(String bindingId, BindingEvent event) {
}
