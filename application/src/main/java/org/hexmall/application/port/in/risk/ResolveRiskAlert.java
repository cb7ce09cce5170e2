package org.hexmall.application.port.in.risk;

/**
 * An agent closes an alert: a false positive, confirmed fraud (which freezes the account and ends every session it
 * has open, at once), or settled with the customer. The resolution and, for fraud, the freeze are audited.
 */
public interface ResolveRiskAlert {

    /** False if the alert was resolved already, or there is no such alert; nothing is changed then. */
    boolean resolve(ResolveAlertCommand command);
}
