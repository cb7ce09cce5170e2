package org.hexmall.application.port.in.risk;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAssessment;
import org.hexmall.domain.risk.RiskAttempt;

/**
 * Raises an alert for customer service: an urgent one when a customer reports that something on their account was
 * not them ("this wasn't me"), or one on an attempt the risk rules stepped up or blocked elsewhere. It joins the
 * caller's transaction when there is one, so that the report, the freeze and the alert are kept together.
 */
public interface RaiseRiskAlert {

    /**
     * @param whatWasReported the entry the customer pointed at, in words an agent can follow (never a secret); cut to
     *                        {@link org.hexmall.domain.risk.RiskAttempt#MAX_SUBJECT_LENGTH} characters
     */
    RiskAlertId customerReported(CustomerId customerId, String whatWasReported);

    /** An alert on an attempt the risk rules stepped up or blocked; refused for an allowed one. */
    RiskAlertId onAssessment(CustomerId customerId, RiskAttempt attempt, RiskAssessment assessment);
}
