package org.hexmall.application.port.in.refund;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;

/** A customer asks for a refund (售后) of items of their paid order; it waits in the agents' queue. */
public interface AskForRefund {

    RefundCaseOutcome ask(CustomerId customer, OrderId order, RefundChoice choice);
}
