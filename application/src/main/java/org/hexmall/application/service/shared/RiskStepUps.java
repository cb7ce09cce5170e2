package org.hexmall.application.service.shared;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.AttemptKind;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpAction;

/**
 * Where the risk rules and the step-up meet: a payment or binding the rules stepped up raised an alert that asks the
 * customer to verify, and the customer's {@link StepUp} for that action answers it. The alert is found among the
 * customer's latest ones, still asking and young enough for a step-up to have been started on it; only the paths that
 * were stepped up read it, never an allowed one.
 */
public final class RiskStepUps {

    /** How many of the customer's latest alerts are read to find the one asking. */
    private static final int LATEST = 10;

    private final RiskAlerts alerts;

    public RiskStepUps(RiskAlerts alerts) {
        this.alerts = alerts;
    }

    /** The step-up action that answers an alert on this kind of attempt, if a step-up can answer it. */
    public static Optional<StepUpAction> actionFor(AttemptKind kind) {
        return switch (kind) {
            case PAYMENT -> Optional.of(StepUpAction.PAY);
            case BINDING -> Optional.of(StepUpAction.BIND_WALLET);
            case LOGIN, CUSTOMER_REPORT -> Optional.empty();
        };
    }

    /**
     * The customer's latest alert still asking for a step-up on this kind of attempt; with a subject (the order
     * number, the wallet), on that very one.
     */
    public Optional<RiskAlertId> asking(CustomerId customer, AttemptKind kind, Optional<String> subject,
                                        Instant now) {
        Instant since = now.minus(RiskAlert.ANSWERABLE_FOR);
        return alerts.latestOf(customer, LATEST).stream()
                .filter(alert -> alert.outcome() == AlertOutcome.VERIFICATION_ASKED)
                .filter(alert -> alert.attempt().kind() == kind)
                .filter(alert -> subject.isEmpty() || alert.attempt().subject().equals(subject.get()))
                .filter(alert -> !alert.raisedAt().isBefore(since))
                .findFirst()
                .map(RiskAlert::id);
    }

    /** The customer verified and the attempt went ahead: the alert that asked records it. */
    public void verified(RiskAlertId alert) {
        alerts.recordOutcome(alert, AlertOutcome.VERIFIED);
    }

    /**
     * The step-up failed (a face that was not the customer's, the code's tries used up): the alert that asked for it,
     * if a risk alert did, records that the attempt did not go ahead. Call inside the transaction that failed it.
     */
    public void failed(StepUp stepUp, Instant now) {
        Optional<AttemptKind> kind = switch (stepUp.action()) {
            case PAY -> Optional.of(AttemptKind.PAYMENT);
            case BIND_WALLET -> Optional.of(AttemptKind.BINDING);
            default -> Optional.empty();
        };
        kind.flatMap(attempt -> asking(stepUp.customer(), attempt, Optional.empty(), now))
                .ifPresent(alert -> alerts.recordOutcome(alert, AlertOutcome.VERIFICATION_FAILED));
    }
}
