package org.hexmall.domain.risk;

import java.time.Duration;
import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * The thresholds of the risk rules and of the decision, each a deployment may change.
 *
 * @param enabled               false: every attempt is allowed and no rule is evaluated (to measure their cost)
 * @param stepUpScore           from this total score on, the customer proves it is them
 * @param faceCheckScore        from this total on, the proof asked for is a face check rather than an SMS code
 * @param blockScore            from this total on, the attempt is refused and held
 * @param amountMultiple        a payment fires when above this many times the customer's usual (median) amount…
 * @param largeAmount           …and above this amount; also what counts as large just after a binding
 * @param usualAmountWindow     the successful payments whose median is the customer's usual amount
 * @param usualAmountSample     at most this many of the latest of them are read
 * @param velocityWindow        the window in which payments and bindings are counted
 * @param maxPayments           more payments than this in the window fire
 * @param maxBindings           more bindings than this in the window fire
 * @param wrongPasswordWindow   the window in which wrong payment passwords are counted
 * @param maxWrongPasswords     this many wrong payment passwords (or more), across wallets, fire
 * @param bindThenPayWindow     a large payment this soon after a binding fires
 * @param failedLoginWindow     the window in which failed logins from one client address are counted
 * @param maxFailedLoginsFromAddress this many failed logins (or more), across accounts, from one address fire
 * @param recentLogins          how many of the account's latest logins tell its usual regions
 * @param holdPeriod            how long a block holds what it blocked ({@link RiskHold}) unless customer service
 *                              lifts the hold sooner
 */
public record RiskSettings(boolean enabled, int stepUpScore, int faceCheckScore, int blockScore, int amountMultiple,
                           Money largeAmount, Duration usualAmountWindow, int usualAmountSample,
                           Duration velocityWindow, int maxPayments, int maxBindings, Duration wrongPasswordWindow,
                           int maxWrongPasswords, Duration bindThenPayWindow, Duration failedLoginWindow,
                           int maxFailedLoginsFromAddress, int recentLogins, Duration holdPeriod) {

    /** The scores each rule adds when it fires; the decision compares their sum with the thresholds above. */
    public static final int NEW_DEVICE_SCORE = 40;
    public static final int AMOUNT_SCORE = 70;
    public static final int VELOCITY_SCORE = 100;
    public static final int WRONG_PASSWORDS_SCORE = 60;
    public static final int BIND_THEN_PAY_SCORE = 50;
    public static final int FAILED_LOGINS_SCORE = 100;
    public static final int REGION_CHANGE_SCORE = 40;

    public RiskSettings {
        Objects.requireNonNull(largeAmount, "largeAmount");
        requirePositive(usualAmountWindow, "usualAmountWindow");
        requirePositive(velocityWindow, "velocityWindow");
        requirePositive(wrongPasswordWindow, "wrongPasswordWindow");
        requirePositive(bindThenPayWindow, "bindThenPayWindow");
        requirePositive(failedLoginWindow, "failedLoginWindow");
        requirePositive(holdPeriod, "holdPeriod");
        if (stepUpScore < 1 || faceCheckScore < stepUpScore || blockScore < faceCheckScore) {
            throw new IllegalArgumentException("scores rise from step-up to face check to block, from 1");
        }
        if (amountMultiple < 1 || usualAmountSample < 1 || maxPayments < 1 || maxBindings < 1
                || maxWrongPasswords < 1 || maxFailedLoginsFromAddress < 1 || recentLogins < 1) {
            throw new IllegalArgumentException("every count and multiple of the risk rules is at least 1");
        }
    }

    /**
     * Sensible defaults: a payment over 3× the 30-day median and over ¥2,000; more than 5 payments or 3 bindings in
     * 10 minutes; 3 wrong payment passwords in an hour; a large payment within 10 minutes of a binding; 10 failed
     * logins from one address in 15 minutes; the regions of the last 5 logins; a block holds for 24 hours.
     */
    public static RiskSettings defaults() {
        return new RiskSettings(true, 40, 70, 100, 3, Money.ofYuan(2000, 0), Duration.ofDays(30), 50,
                Duration.ofMinutes(10), 5, 3, Duration.ofHours(1), 3, Duration.ofMinutes(10), Duration.ofMinutes(15),
                10, 5, Duration.ofHours(24));
    }

    /** The same rules with blocks holding for another period. */
    public RiskSettings withHoldPeriod(Duration period) {
        return new RiskSettings(enabled, stepUpScore, faceCheckScore, blockScore, amountMultiple, largeAmount,
                usualAmountWindow, usualAmountSample, velocityWindow, maxPayments, maxBindings, wrongPasswordWindow,
                maxWrongPasswords, bindThenPayWindow, failedLoginWindow, maxFailedLoginsFromAddress, recentLogins,
                period);
    }

    /** The same thresholds with the rules switched on or off. */
    public RiskSettings withEnabled(boolean on) {
        return new RiskSettings(on, stepUpScore, faceCheckScore, blockScore, amountMultiple, largeAmount,
                usualAmountWindow, usualAmountSample, velocityWindow, maxPayments, maxBindings,
                wrongPasswordWindow, maxWrongPasswords, bindThenPayWindow, failedLoginWindow,
                maxFailedLoginsFromAddress, recentLogins, holdPeriod);
    }

    /** The same thresholds with another velocity limit: at most {@code payments} and {@code bindings} in a window. */
    public RiskSettings withVelocity(int payments, int bindings, Duration window) {
        return new RiskSettings(enabled, stepUpScore, faceCheckScore, blockScore, amountMultiple, largeAmount,
                usualAmountWindow, usualAmountSample, window, payments, bindings, wrongPasswordWindow,
                maxWrongPasswords, bindThenPayWindow, failedLoginWindow, maxFailedLoginsFromAddress, recentLogins, holdPeriod);
    }

    /** The same thresholds with another limit of failed logins from one address: this many in a window fire. */
    public RiskSettings withFailedLogins(int maxFromAddress, Duration window) {
        return new RiskSettings(enabled, stepUpScore, faceCheckScore, blockScore, amountMultiple, largeAmount,
                usualAmountWindow, usualAmountSample, velocityWindow, maxPayments, maxBindings, wrongPasswordWindow,
                maxWrongPasswords, bindThenPayWindow, window, maxFromAddress, recentLogins, holdPeriod);
    }

    /** The same rules with other decision thresholds: from which total a proof, a face check, a block. */
    public RiskSettings withScores(int newStepUpScore, int newFaceCheckScore, int newBlockScore) {
        return new RiskSettings(enabled, newStepUpScore, newFaceCheckScore, newBlockScore, amountMultiple,
                largeAmount, usualAmountWindow, usualAmountSample, velocityWindow, maxPayments, maxBindings,
                wrongPasswordWindow, maxWrongPasswords, bindThenPayWindow, failedLoginWindow,
                maxFailedLoginsFromAddress, recentLogins, holdPeriod);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
