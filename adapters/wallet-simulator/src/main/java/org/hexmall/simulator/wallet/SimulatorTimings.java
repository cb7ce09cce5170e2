package org.hexmall.simulator.wallet;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.fault.Fault;

/**
 * How long the simulated providers take, and how long each locks a payment password.
 * <p>
 * Each provider retries an unacknowledged notification on its own schedule. The real ones
 * ({@link #realSchedules(double)}) stretch over a day, so tests and demos scale them down rather than invent
 * other ones: the order and the proportions of the waits stay the providers' own.
 *
 * @param slowAnswer                 how late a provider with the {@link Fault#SLOW} fault answers; keep it
 *                                   below the gateway's timeout, or it is a timeout instead
 * @param notificationSchedules      per provider, the waits before each retry of a notification the store has
 *                                   not acknowledged; after the last one the provider gives up
 * @param notificationRequestTimeout how long one delivery attempt waits for the store's answer
 * @param passwordLocks              per provider, how long a payment password stays locked after
 *                                   {@value WalletAccount#PASSWORD_ATTEMPTS} wrong ones, unless its holder resets it
 * @param refundConfirmation         how long a provider that confirms refunds later (WeChat Pay) takes to send its
 *                                   confirmation; empty: as long as its first notification retry
 */
public record SimulatorTimings(Duration slowAnswer, Map<WalletProvider, List<Duration>> notificationSchedules,
                               Duration notificationRequestTimeout, Map<WalletProvider, Duration> passwordLocks,
                               Optional<Duration> refundConfirmation) {

    /**
     * WeChat Pay's refunds to a wallet balance arrive within 20 minutes, by its own account: the simulated one takes
     * that long, scaled, to confirm one.
     */
    static final Duration WECHAT_PAY_REFUND_CONFIRMATION = Duration.ofMinutes(20);

    /** Alipay's documented retries of an asynchronous notification: 8 tries over 25 hours. */
    static final List<Duration> ALIPAY_RETRIES = List.of(Duration.ofMinutes(4), Duration.ofMinutes(10),
            Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(6),
            Duration.ofHours(15));

    /** WeChat Pay's documented retries: 16 tries over 24 hours. */
    static final List<Duration> WECHAT_PAY_RETRIES = List.of(Duration.ofSeconds(15), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(20),
            Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(60),
            Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(6));

    /**
     * JD Pay's schedule is not public: a plausible one, quick at first like WeChat Pay's and ending within a
     * day like Alipay's. An assumption of the simulation, not JD Pay's documented behaviour.
     */
    static final List<Duration> JD_PAY_RETRIES = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(15));

    /**
     * UnionPay's schedule is not public either: a plausible doubling one over half an hour. An assumption of
     * the simulation, not UnionPay's documented behaviour.
     */
    static final List<Duration> UNIONPAY_QUICKPASS_RETRIES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16));

    public SimulatorTimings {
        Objects.requireNonNull(slowAnswer, "slowAnswer");
        Objects.requireNonNull(notificationRequestTimeout, "notificationRequestTimeout");
        Map<WalletProvider, List<Duration>> schedules =
                forEveryProvider(notificationSchedules, "notification schedule");
        schedules.replaceAll((provider, schedule) -> List.copyOf(schedule));
        notificationSchedules = Map.copyOf(schedules);
        passwordLocks = Map.copyOf(forEveryProvider(passwordLocks, "password lock"));
        Objects.requireNonNull(refundConfirmation, "refundConfirmation");
    }

    /** The same, refunds confirmed as late as each provider's first notification retry. */
    public SimulatorTimings(Duration slowAnswer, Map<WalletProvider, List<Duration>> notificationSchedules,
                            Duration notificationRequestTimeout, Map<WalletProvider, Duration> passwordLocks) {
        this(slowAnswer, notificationSchedules, notificationRequestTimeout, passwordLocks, Optional.empty());
    }

    /**
     * The same retries at every provider, and every payment password locked for
     * {@link WalletAccount#PASSWORD_LOCK}: for tests and demos that need no provider's own schedule.
     */
    public SimulatorTimings(Duration slowAnswer, List<Duration> notificationRetries,
                            Duration notificationRequestTimeout) {
        this(slowAnswer, sameForEveryProvider(notificationRetries), notificationRequestTimeout,
                sameForEveryProvider(WalletAccount.PASSWORD_LOCK));
    }

    /**
     * Each provider's own retry schedule, every wait multiplied by {@code timeScale}: 1 for real time,
     * {@code 1.0 / 60} to make hours minutes in a demo, {@code 0.001} for a test. Payment passwords lock for
     * {@link WalletAccount#PASSWORD_LOCK} at every provider; slow answers take a second.
     */
    public static SimulatorTimings realSchedules(double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("a time scale is a positive number, not " + timeScale);
        }
        Map<WalletProvider, List<Duration>> schedules = new EnumMap<>(WalletProvider.class);
        schedules.put(WalletProvider.ALIPAY, scaled(ALIPAY_RETRIES, timeScale));
        schedules.put(WalletProvider.WECHAT_PAY, scaled(WECHAT_PAY_RETRIES, timeScale));
        schedules.put(WalletProvider.JD_PAY, scaled(JD_PAY_RETRIES, timeScale));
        schedules.put(WalletProvider.UNIONPAY_QUICKPASS, scaled(UNIONPAY_QUICKPASS_RETRIES, timeScale));
        return new SimulatorTimings(Duration.ofSeconds(1), schedules, Duration.ofSeconds(5),
                sameForEveryProvider(WalletAccount.PASSWORD_LOCK),
                Optional.of(scaled(List.of(WECHAT_PAY_REFUND_CONFIRMATION), timeScale).getFirst()));
    }

    /** The same timings, with this provider locking payment passwords for {@code lock}. */
    public SimulatorTimings withPasswordLock(WalletProvider provider, Duration lock) {
        if (lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("a lock lasts some time");
        }
        Map<WalletProvider, Duration> locks = new EnumMap<>(passwordLocks);
        locks.put(provider, lock);
        return new SimulatorTimings(slowAnswer, notificationSchedules, notificationRequestTimeout, locks,
                refundConfirmation);
    }

    /** The waits before each retry of this provider's notifications; empty: it tries once. */
    public List<Duration> notificationRetries(WalletProvider provider) {
        return Objects.requireNonNull(notificationSchedules.get(provider), () -> provider + " is not simulated");
    }

    /** How long a provider that confirms refunds later takes to send the confirmation. */
    public Duration refundConfirmation(WalletProvider provider) {
        return refundConfirmation.orElseGet(() -> notificationRetries(provider).stream().findFirst()
                .orElse(Duration.ofSeconds(5)));
    }

    /** How long this provider locks a payment password after too many wrong ones. */
    public Duration passwordLock(WalletProvider provider) {
        return Objects.requireNonNull(passwordLocks.get(provider), () -> provider + " is not simulated");
    }

    private static List<Duration> scaled(List<Duration> waits, double timeScale) {
        return waits.stream().map(wait -> Duration.ofNanos(Math.round(wait.toNanos() * timeScale))).toList();
    }

    private static <T> Map<WalletProvider, T> sameForEveryProvider(T value) {
        Objects.requireNonNull(value);
        Map<WalletProvider, T> map = new EnumMap<>(WalletProvider.class);
        WalletProvider.supportedProviders().forEach(provider -> map.put(provider, value));
        return map;
    }

    private static <T> Map<WalletProvider, T> forEveryProvider(Map<WalletProvider, T> given, String what) {
        Map<WalletProvider, T> copy = new EnumMap<>(WalletProvider.class);
        copy.putAll(given);
        for (WalletProvider provider : WalletProvider.supportedProviders()) {
            if (copy.get(provider) == null) {
                throw new IllegalArgumentException("no " + what + " for " + provider);
            }
        }
        return copy;
    }
}
