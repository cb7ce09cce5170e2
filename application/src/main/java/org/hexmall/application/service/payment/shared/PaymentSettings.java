package org.hexmall.application.service.payment.shared;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The rules payments run by, chosen in the composition root.
 *
 * @param reconciliationSchedule the waits before each time reconciliation asks a provider about a payment whose
 *                               outcome is unknown, counted from when it became unknown; at the last one the
 *                               provider is told to close the payment, so that it is settled either way
 * @param idempotencyKeyLifetime how long an idempotency key and its first result are kept (at least a day)
 * @param storeZone              the store's time zone: purchase records are grouped by its months and days
 * @param confirmationWindow     how long a payment waits for its customer in the wallet app; after it,
 *                               reconciliation closes the payment at the provider (or finds it paid), so that a
 *                               charge whose result never reached the store is not lost
 */
public record PaymentSettings(List<Duration> reconciliationSchedule, Duration idempotencyKeyLifetime,
                              ZoneId storeZone, Duration confirmationWindow) {

    /**
     * How long a request that finds a payment just recorded by another request (a double click, a key sent twice)
     * waits for the provider's answer to it: longer than the store waits for a provider.
     */
    public static final Duration PROVIDER_ANSWER_WAIT = Duration.ofSeconds(5);

    /** Checks after half a minute, then ever more rarely; the payment is settled within the hour. */
    public static final PaymentSettings STANDARD = new PaymentSettings(
            List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
                    Duration.ofMinutes(10), Duration.ofMinutes(30)),
            Duration.ofHours(24), ZoneId.of("Asia/Shanghai"), Duration.ofMinutes(30));

    public PaymentSettings {
        reconciliationSchedule = List.copyOf(reconciliationSchedule);
        Objects.requireNonNull(idempotencyKeyLifetime, "idempotencyKeyLifetime");
        Objects.requireNonNull(storeZone, "storeZone");
        Objects.requireNonNull(confirmationWindow, "confirmationWindow");
        if (confirmationWindow.isNegative() || confirmationWindow.isZero()) {
            throw new IllegalArgumentException("a customer has some time to confirm a payment");
        }
        if (reconciliationSchedule.isEmpty()
                || reconciliationSchedule.stream().anyMatch(wait -> wait.isNegative() || wait.isZero())) {
            throw new IllegalArgumentException("reconciliation waits a while before each check");
        }
        if (idempotencyKeyLifetime.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("idempotency keys are kept at least 24 hours");
        }
    }

    public PaymentSettings withReconciliationSchedule(List<Duration> schedule) {
        return new PaymentSettings(schedule, idempotencyKeyLifetime, storeZone, confirmationWindow);
    }

    public PaymentSettings withStoreZone(ZoneId zone) {
        return new PaymentSettings(reconciliationSchedule, idempotencyKeyLifetime, zone, confirmationWindow);
    }

    public PaymentSettings withConfirmationWindow(Duration window) {
        return new PaymentSettings(reconciliationSchedule, idempotencyKeyLifetime, storeZone, window);
    }

    /** The wait before check number {@code check} (from 0); checks after the last keep its wait. */
    public Duration waitBeforeCheck(int check) {
        return reconciliationSchedule.get(Math.min(check, reconciliationSchedule.size() - 1));
    }

    /** True when check number {@code check} (from 0) is the last of the schedule, or later. */
    public boolean isLastCheck(int check) {
        return check >= reconciliationSchedule.size() - 1;
    }
}
