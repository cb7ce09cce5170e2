package org.hexmall.domain.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.shared.Money;

/**
 * The real-time risk rules. Each is a plain function of facts the use case gathered: it fires with a score and a
 * reason a person can read, or stays silent. {@link #assessPayment}, {@link #assessBinding} and
 * {@link #assessLogin} evaluate the rules of an attempt and let {@link #decide} turn them into a decision.
 */
public final class RiskRules {

    private RiskRules() {
    }

    public static RiskAssessment assessPayment(PaymentFacts facts, RiskSettings settings) {
        if (!settings.enabled()) {
            return RiskAssessment.allowed();
        }
        return decide(fired(
                newDevice(facts.device()),
                amountAboveUsual(facts.amount(), facts.usualAmounts(), settings),
                paymentVelocity(facts.earlierPayments(), settings),
                wrongPaymentPasswords(facts.wrongPaymentPasswords(), settings),
                bindThenPay(facts.amount(), facts.lastBoundAt(), facts.now(), settings)), settings);
    }

    public static RiskAssessment assessBinding(BindingFacts facts, RiskSettings settings) {
        if (!settings.enabled()) {
            return RiskAssessment.allowed();
        }
        return decide(fired(newDevice(facts.device()), bindingVelocity(facts.earlierBindings(), settings)),
                settings);
    }

    public static RiskAssessment assessLogin(LoginFacts facts, RiskSettings settings) {
        if (!settings.enabled()) {
            return RiskAssessment.allowed();
        }
        return decide(fired(failedLoginsFromAddress(facts.failedLoginsFromAddress(), settings),
                regionChange(facts.clientAddress(), facts.recentAddresses())), settings);
    }

    /**
     * The decision on the rules that fired: their scores add up; from the block score on the attempt is refused,
     * from the step-up score the customer proves it is them (a face check from the face-check score, else an SMS
     * code), below it the attempt goes ahead.
     */
    public static RiskAssessment decide(List<FiredRule> fired, RiskSettings settings) {
        int score = fired.stream().mapToInt(FiredRule::score).sum();
        if (score >= settings.blockScore()) {
            return new RiskAssessment(fired, RiskDecision.BLOCK, Optional.empty());
        }
        if (score >= settings.faceCheckScore()) {
            return new RiskAssessment(fired, RiskDecision.STEP_UP, Optional.of(StepUpFactor.FACE));
        }
        if (score >= settings.stepUpScore()) {
            return new RiskAssessment(fired, RiskDecision.STEP_UP, Optional.of(StepUpFactor.SMS_CODE));
        }
        return new RiskAssessment(fired, RiskDecision.ALLOW, Optional.empty());
    }

    /**
     * An agent who lifted one of the customer's holds within the hold period has checked a blocked attempt with the
     * customer and told them to try again: what the rules would block now is asked of the customer as a face check
     * instead, so that doing as they were told goes ahead once they prove it is them, and nobody else gets through on
     * the agent's word alone. Anything else stays as the rules decided.
     *
     * @param lastLiftedAt when an agent last lifted one of the customer's holds; empty when none ever did
     */
    public static RiskAssessment afterAgentsClearance(RiskAssessment assessment, Optional<Instant> lastLiftedAt,
                                                     Instant now, RiskSettings settings) {
        boolean cleared = lastLiftedAt.filter(at -> now.isBefore(at.plus(settings.holdPeriod()))).isPresent();
        if (!cleared || assessment.decision() != RiskDecision.BLOCK) {
            return assessment;
        }
        return new RiskAssessment(assessment.fired(), RiskDecision.STEP_UP, Optional.of(StepUpFactor.FACE));
    }

    /** Fires for a device the account has not trusted; silent for a trusted one, or when the caller cannot tell. */
    public static Optional<FiredRule> newDevice(DeviceTrust device) {
        return fire(device == DeviceTrust.UNTRUSTED, RiskRule.NEW_DEVICE, RiskSettings.NEW_DEVICE_SCORE);
    }

    /**
     * Fires for an amount above both the large amount and the multiple of the customer's median successful payment.
     * A customer with no successful payment in the window has no usual amount yet, and the rule stays silent.
     */
    public static Optional<FiredRule> amountAboveUsual(Money amount, List<Money> usualAmounts,
                                                       RiskSettings settings) {
        if (usualAmounts.isEmpty()) {
            return Optional.empty();
        }
        Money median = median(usualAmounts);
        long limit = Math.multiplyExact(median.fen(), settings.amountMultiple());
        return fire(amount.fen() > limit && amount.isGreaterThan(settings.largeAmount()),
                RiskRule.AMOUNT_ABOVE_USUAL, RiskSettings.AMOUNT_SCORE, amount, median, settings.amountMultiple());
    }

    /** Fires when this payment makes more than the most payments allowed in the velocity window. */
    public static Optional<FiredRule> paymentVelocity(int earlierPayments, RiskSettings settings) {
        int withThis = earlierPayments + 1;
        return fire(withThis > settings.maxPayments(), RiskRule.PAYMENT_VELOCITY, RiskSettings.VELOCITY_SCORE,
                withThis, minutes(settings.velocityWindow()));
    }

    /** Fires when this binding makes more than the most bindings allowed in the velocity window. */
    public static Optional<FiredRule> bindingVelocity(int earlierBindings, RiskSettings settings) {
        int withThis = earlierBindings + 1;
        return fire(withThis > settings.maxBindings(), RiskRule.BINDING_VELOCITY, RiskSettings.VELOCITY_SCORE,
                withThis, minutes(settings.velocityWindow()));
    }

    /** Fires from the set number of wrong payment passwords in the window, whichever wallets they were typed in. */
    public static Optional<FiredRule> wrongPaymentPasswords(int wrongPasswords, RiskSettings settings) {
        return fire(wrongPasswords >= settings.maxWrongPasswords(), RiskRule.WRONG_PAYMENT_PASSWORDS,
                RiskSettings.WRONG_PASSWORDS_SCORE, wrongPasswords, minutes(settings.wrongPasswordWindow()));
    }

    /** Fires for a payment above the large amount within the set minutes of a wallet's binding. */
    public static Optional<FiredRule> bindThenPay(Money amount, Optional<Instant> lastBoundAt, Instant now,
                                                  RiskSettings settings) {
        if (lastBoundAt.isEmpty() || !amount.isGreaterThan(settings.largeAmount())) {
            return Optional.empty();
        }
        Duration since = Duration.between(lastBoundAt.get(), now);
        return fire(!since.isNegative() && since.compareTo(settings.bindThenPayWindow()) <= 0, RiskRule.BIND_THEN_PAY,
                RiskSettings.BIND_THEN_PAY_SCORE, amount, since.toMinutes());
    }

    /** Fires from the set number of failed logins from one address in the window, across every account. */
    public static Optional<FiredRule> failedLoginsFromAddress(int failedLogins, RiskSettings settings) {
        return fire(failedLogins >= settings.maxFailedLoginsFromAddress(), RiskRule.FAILED_LOGINS_FROM_ADDRESS,
                RiskSettings.FAILED_LOGINS_SCORE, failedLogins, minutes(settings.failedLoginWindow()));
    }

    /**
     * Fires for a login from a known region that none of the account's recent logins came from. Silent when the
     * address's region is unknown, or none of the recent ones has a known region (nothing to compare with).
     */
    public static Optional<FiredRule> regionChange(String clientAddress, List<String> recentAddresses) {
        Optional<String> region = ClientRegions.regionOf(clientAddress);
        List<String> recentRegions = recentAddresses.stream().map(ClientRegions::regionOf)
                .flatMap(Optional::stream).toList();
        if (region.isEmpty() || recentRegions.isEmpty()) {
            return Optional.empty();
        }
        return fire(!recentRegions.contains(region.get()), RiskRule.REGION_CHANGE, RiskSettings.REGION_CHANGE_SCORE,
                region.get(), recentRegions.getFirst());
    }

    /** The median of the amounts; of an even number, the mean of the middle two (rounded down to the fen). */
    static Money median(List<Money> amounts) {
        long[] fen = amounts.stream().mapToLong(Money::fen).sorted().toArray();
        int middle = fen.length / 2;
        return Money.ofFen(fen.length % 2 == 1 ? fen[middle] : fen[middle - 1] + (fen[middle] - fen[middle - 1]) / 2);
    }

    @SafeVarargs
    private static List<FiredRule> fired(Optional<FiredRule>... rules) {
        return new ArrayList<>(Stream.of(rules).flatMap(Optional::stream).toList());
    }

    private static Optional<FiredRule> fire(boolean fires, RiskRule rule, int score, Object... arguments) {
        return fires ? Optional.of(new FiredRule(rule, score, RiskReason.of(rule, arguments))) : Optional.empty();
    }

    private static long minutes(Duration window) {
        return window.toMinutes();
    }
}
