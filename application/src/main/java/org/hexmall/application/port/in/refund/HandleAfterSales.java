package org.hexmall.application.port.in.refund;

import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.support.AgentId;

/**
 * An agent takes a customer's after-sales request, which becomes the agent's refund under the approval rule, or
 * declines it with an explanation the customer reads on the order page. Audited either way.
 */
public interface HandleAfterSales {

    RefundCaseOutcome take(AgentId agent, RefundCaseId request);

    RefundCaseOutcome decline(AgentId agent, RefundCaseId request, String explanation);
}
