package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.domain.payment.Refund;

/** One row of {@code payment_refunds}: money given back from the payment it names. */
record RefundRow(String paymentId, Refund refund) {
}
