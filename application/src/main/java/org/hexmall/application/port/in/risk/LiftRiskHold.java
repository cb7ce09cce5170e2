package org.hexmall.application.port.in.risk;

import org.hexmall.application.port.in.support.AccountSupportCommand;

/**
 * An agent lifts the risk holds on a customer's account from the customer's page, once they have checked with the
 * customer that what was blocked was theirs; the reason is audited, and the customer's activity shows the lift.
 * Resolving the alert that placed a hold as a false positive or after contacting the customer lifts it too.
 */
public interface LiftRiskHold {

    /** False if no hold holds the account now, so there was nothing to lift. */
    boolean lift(AccountSupportCommand command);
}
