package org.hexmall.application.port.in.risk;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAssessment;

/**
 * The risk rules of a login (many failed logins from its client address across accounts; a login from another
 * region than the account's recent ones), for the login flow to ask once the password is right and before a session
 * opens. A step-up or a block raises an alert.
 */
public interface AssessLoginRisk {

    LoginRisk assess(CustomerId customerId, String clientAddress);

    /** The verdict, and the alert raised on it when it was not to allow. */
    record LoginRisk(RiskAssessment assessment, Optional<RiskAlertId> alert) {
    }
}
