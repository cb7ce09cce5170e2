package org.hexmall.application.service.risk.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.application.port.out.persistence.RiskHolds;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.shared.RiskStepUps;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.risk.BindingFacts;
import org.hexmall.domain.risk.LoginFacts;
import org.hexmall.domain.risk.PaymentFacts;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAssessment;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskDecision;
import org.hexmall.domain.risk.RiskHold;
import org.hexmall.domain.risk.RiskRules;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Gathers the facts of an attempt with bounded queries, lets the domain's rules decide, and raises an alert for
 * customer service when they step the attempt up or block it. A block places a {@link RiskHold} too, and is a risk
 * hold among the account's security events, which the customer sees in their activity: while it holds, what it holds
 * is refused before the rules run, read in the round trip that gathers the facts. Once an agent has lifted a hold,
 * what the rules would block is stepped up to a face check instead for the hold's period
 * ({@link RiskRules#afterAgentsClearance}). A payment or binding the rules step up goes ahead when
 * the customer has just passed a step-up for it ({@link StepUpAction#PAY}, {@link StepUpAction#BIND_WALLET}): that
 * step-up is used up, and the alert that asked for it records that the customer verified. Call it inside the use
 * case's transaction, so that the alert and the step-up are kept with the use case's own changes. With the rules
 * switched off it reads nothing and allows everything, holds placed earlier included.
 */
public final class RiskChecks {

    private final RiskFacts facts;
    private final RiskAlerts alerts;
    private final RiskHolds holds;
    private final RiskStepUps riskStepUps;
    private final StepUpGate stepUps;
    private final SecurityEvents securityEvents;
    private final RandomTokens tokens;
    private final RiskSettings settings;
    private final Clock clock;

    public RiskChecks(RiskFacts facts, RiskAlerts alerts, RiskHolds holds, RiskStepUps riskStepUps,
                      StepUpGate stepUps, SecurityEvents securityEvents, RandomTokens tokens, RiskSettings settings,
                      Clock clock) {
        this.facts = facts;
        this.alerts = alerts;
        this.holds = holds;
        this.riskStepUps = riskStepUps;
        this.stepUps = stepUps;
        this.securityEvents = securityEvents;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The rules' verdict, and the alert raised on it (or answered) when it was not to allow.
     *
     * @param verified the rules asked for a step-up and the customer had just passed one: the attempt goes ahead
     * @param held     a risk hold refused the attempt before the rules ran: a block that fired no rule, and raised
     *                 no alert of its own
     */
    public record Checked(RiskAssessment assessment, Optional<RiskAlertId> alert, boolean verified, boolean held) {

        public Checked(RiskAssessment assessment, Optional<RiskAlertId> alert) {
            this(assessment, alert, false, false);
        }

        static Checked onHold() {
            return new Checked(new RiskAssessment(List.of(), RiskDecision.BLOCK, Optional.empty()), Optional.empty(),
                    false, true);
        }
    }

    /**
     * What comes before a payment: the customer re-confirms the paying wallet on the new device first (the rules
     * then wait for the payment that follows), or the rules' verdict.
     */
    public record PaymentChecked(boolean reconfirmFirst, Checked risk) {
    }

    /**
     * Before a payment of the order starts: one round trip for every fact, the trust in the device paid from and
     * the paying wallet's standing on it among them. With the rules switched off, only the wallet's standing is read.
     *
     * @param device            the device the session paying was opened on; empty for a client that is no device
     * @param paying            the bound wallet that pays
     * @param reconfirmWithin   a device trusted after a code this recently re-confirms each wallet before using it
     */
    public PaymentChecked payment(Order order, Optional<DeviceId> device, BindingId paying,
                                  Duration reconfirmWithin) {
        Instant now = clock.instant();
        Checked allowed = new Checked(RiskAssessment.allowed(), Optional.empty());
        if (!settings.enabled()) {
            boolean reconfirm = device.map(used -> facts.walletOnDevice(order.customerId(), used, paying))
                    .filter(wallet -> wallet.asksReconfirmationAt(now, reconfirmWithin))
                    .isPresent();
            return new PaymentChecked(reconfirm, allowed);
        }
        RiskFacts.PaymentSignals signals = facts.paymentSignals(order.customerId(), device, paying,
                now.minus(settings.usualAmountWindow()), settings.usualAmountSample(),
                now.minus(settings.velocityWindow()), now.minus(settings.wrongPasswordWindow()));
        if (RiskHold.holdsUntil(signals.heldUntil(), now)) {
            return new PaymentChecked(false, Checked.onHold());
        }
        if (signals.walletOnDevice().asksReconfirmationAt(now, reconfirmWithin)) {
            return new PaymentChecked(true, allowed);
        }
        var paymentFacts = new PaymentFacts(order.total(), signals.device(), signals.usualAmounts(),
                signals.paymentsSince(), signals.wrongPasswordsSince(), signals.lastBoundAt(), now);
        String payment = order.total() + " " + order.number().grouped();
        RiskAssessment assessment = RiskRules.afterAgentsClearance(RiskRules.assessPayment(paymentFacts, settings),
                signals.lastLiftedAt(), now, settings);
        return new PaymentChecked(false, alertIfNeeded(order.customerId(), assessment,
                RiskAttempt.payment(order.total(), order.number().grouped()), payment, now));
    }

    /** Before a binding starts, from the device the session was opened on (empty for a client that is no device). */
    public Checked binding(CustomerId customerId, WalletProvider provider, WalletAccountIdentifier account,
                           Optional<DeviceId> device) {
        if (!settings.enabled()) {
            return new Checked(RiskAssessment.allowed(), Optional.empty());
        }
        Instant now = clock.instant();
        RiskFacts.BindingSignals signals = facts.bindingSignals(customerId, device,
                now.minus(settings.velocityWindow()));
        if (RiskHold.holdsUntil(signals.heldUntil(), now)) {
            return Checked.onHold();
        }
        String wallet = provider.name() + " " + account.masked();
        var bindingFacts = new BindingFacts(signals.device(), signals.bindingsSince());
        RiskAssessment assessment = RiskRules.afterAgentsClearance(RiskRules.assessBinding(bindingFacts, settings),
                signals.lastLiftedAt(), now, settings);
        return alertIfNeeded(customerId, assessment, RiskAttempt.binding(wallet), wallet, now);
    }

    /**
     * Before a login with the right password opens a session. A blocked login places no hold: its rules look at the
     * address it comes from, and the next login from another is assessed afresh.
     */
    public Checked login(CustomerId customerId, String clientAddress) {
        if (!settings.enabled()) {
            return new Checked(RiskAssessment.allowed(), Optional.empty());
        }
        Instant now = clock.instant();
        RiskFacts.LoginSignals signals = facts.loginSignals(customerId, clientAddress,
                now.minus(settings.failedLoginWindow()), settings.recentLogins());
        var loginFacts = new LoginFacts(clientAddress, signals.failedFromAddress(), signals.recentAddresses());
        return alertIfNeeded(customerId, RiskRules.assessLogin(loginFacts, settings),
                RiskAttempt.login(clientAddress), "", now);
    }

    /**
     * Whether the customer holds a passed step-up for this action, which the next attempt the rules step up uses; a
     * look that uses nothing up.
     */
    public boolean holdsPassedStepUp(CustomerId customerId, StepUpAction action) {
        return stepUps.hasPassed(customerId, action);
    }

    /** @param holdDetail what a risk hold names in the customer's activity: the payment, the wallet, or nothing */
    private Checked alertIfNeeded(CustomerId customerId, RiskAssessment assessment, RiskAttempt attempt,
                                  String holdDetail, Instant now) {
        if (assessment.isAllowed()) {
            return new Checked(assessment, Optional.empty());
        }
        if (assessment.decision() == RiskDecision.STEP_UP) {
            Optional<StepUpAction> action = RiskStepUps.actionFor(attempt.kind());
            if (action.isPresent() && stepUps.consume(customerId, action.get())) {
                return verified(customerId, assessment, attempt, now);
            }
        }
        RiskAlert alert = RiskAlert.onAssessment(new RiskAlertId(tokens.uuid()), customerId, now, attempt,
                assessment);
        alerts.raise(alert);
        if (assessment.decision() == RiskDecision.BLOCK) {
            RiskHold.placedBy(alert, settings.holdPeriod()).ifPresent(holds::place);
            securityEvents.record(new SecurityEvent(customerId, now, SecurityEventKind.RISK_HOLD,
                    SecurityEvent.Source.SYSTEM, SecurityEvent.detailOf(holdDetail), attempt.clientAddress()));
        }
        return new Checked(assessment, Optional.of(alert.id()));
    }

    /**
     * The customer passed the step-up this attempt was asked for: the alert that asked records it, and no new one is
     * raised; when none is found (the step-up outlived it), the attempt's own alert is raised as verified.
     */
    private Checked verified(CustomerId customerId, RiskAssessment assessment, RiskAttempt attempt, Instant now) {
        RiskAlertId answered = riskStepUps.asking(customerId, attempt.kind(), Optional.of(attempt.subject()), now)
                .orElseGet(() -> {
                    RiskAlert alert = RiskAlert.onAssessment(new RiskAlertId(tokens.uuid()), customerId, now, attempt,
                            assessment);
                    alerts.raise(alert);
                    return alert.id();
                });
        riskStepUps.verified(answered);
        return new Checked(assessment, Optional.of(answered), true, false);
    }
}
