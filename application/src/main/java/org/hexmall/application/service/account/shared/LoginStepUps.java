package org.hexmall.application.service.account.shared;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.AttemptKind;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.security.StepUpFactor;

/**
 * Where the risk rules meet a login held on its device: the login alert they raised when they asked for a proof, found
 * among the customer's latest alerts as the one still asking that was raised since the password was typed on the
 * device. It tells which proof they asked for, and records how the proof ended. Call inside a transaction.
 */
public final class LoginStepUps {

    /** How many of the customer's latest alerts are looked through for the one a risky login raised. */
    private static final int RECENT_ALERTS = 5;

    private final RiskAlerts alerts;

    public LoginStepUps(RiskAlerts alerts) {
        this.alerts = alerts;
    }

    /** True when the risk rules asked the login waiting on this device for a face check rather than a code. */
    public boolean asksForFace(Device device) {
        return asking(device).stream().anyMatch(alert -> alert.factor().equals(Optional.of(StepUpFactor.FACE)));
    }

    /** Records how the proof ended on the login alert that asked for it, if one did. */
    public void ended(Device device, AlertOutcome outcome) {
        asking(device).forEach(alert -> alerts.recordOutcome(alert.id(), outcome));
    }

    private List<RiskAlert> asking(Device device) {
        if (device.codeRequestedSince() == null) {
            return List.of();
        }
        return alerts.latestOf(device.customer(), RECENT_ALERTS).stream()
                .filter(alert -> alert.attempt().kind() == AttemptKind.LOGIN)
                .filter(alert -> alert.outcome() == AlertOutcome.VERIFICATION_ASKED)
                .filter(alert -> !alert.raisedAt().isBefore(device.codeRequestedSince()))
                .toList();
    }
}
