package org.hexmall.application.port.in.compensation;

/**
 * A supervisor approves or rejects a compensation above an agent's daily limit. Nobody decides their own request,
 * and of two decisions at once only one counts: the customer gets the coupon or the points once at most.
 */
public interface DecideCompensation {

    CompensationOutcome approve(CompensationDecisionCommand command);

    CompensationOutcome reject(CompensationDecisionCommand command);
}
