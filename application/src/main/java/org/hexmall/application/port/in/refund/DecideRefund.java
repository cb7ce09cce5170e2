package org.hexmall.application.port.in.refund;

import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.support.AgentId;

/**
 * A supervisor approves a refund waiting for approval, which then goes to the wallet, or rejects it with a reason.
 * The agent who asked for it can never decide it; of two decisions at once, one applies and the other is refused.
 */
public interface DecideRefund {

    RefundCaseOutcome approve(AgentId supervisor, RefundCaseId refund);

    RefundCaseOutcome reject(AgentId supervisor, RefundCaseId refund, String reason);
}
