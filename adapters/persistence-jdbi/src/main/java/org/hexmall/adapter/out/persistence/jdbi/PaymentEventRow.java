package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.domain.payment.PaymentEvent;

/** One row of {@code payment_events}: a step in the timeline of the payment it names. */
record PaymentEventRow(String paymentId, PaymentEvent event) {
}
