package org.hexmall.application.port.in.risk;

import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.RiskAlertId;

/**
 * Records how the customer's side of an alert ended, once it is known: for a step-up, whether the customer passed the
 * SMS code or face check and went on, or failed or gave up.
 */
public interface RecordRiskAlertOutcome {

    /** False if there is no such alert. */
    boolean record(RiskAlertId alert, AlertOutcome outcome);
}
