package org.hexmall.application.port.in.refund;

import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.support.AgentId;

/**
 * An agent refunds a paid order, in full or by lines and quantities. Under the approval thresholds it goes to the
 * wallet at once (the agent's role must allow refunds under the limit); above them it waits for a supervisor
 * other than the agent (the role must allow asking for approval). Audited either way.
 */
public interface RefundOrder {

    RefundCaseOutcome refund(AgentId agent, OrderId order, RefundChoice choice);
}
