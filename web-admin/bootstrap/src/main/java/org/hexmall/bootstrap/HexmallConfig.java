package org.hexmall.bootstrap;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hexmall.application.service.payment.shared.PaymentSettings;
import org.hexmall.domain.refund.ApprovalPolicy;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.AddressThrottlePolicy;
import org.hexmall.domain.security.PasswordReminderPolicy;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;

/**
 * Every setting hexmall reads, all from environment variables with defaults that run the demo.
 * The README's configuration table lists the same variables; keep them in step.
 *
 * @param port          the port hexmall serves on: HTTPS when {@code tls} is present, plain HTTP otherwise
 * @param secureCookies mark session cookies Secure; on by default when hexmall serves HTTPS
 * @param timeZone      the zone times are shown in
 * @param fieldKey      the base64 master key that encrypts wallet account identifiers; see {@code FieldKeys}
 * @param dataDirectory where the embedded database and, in demo mode, a generated field key are kept
 * @param maxWallets    how many wallets one customer may have bound at once
 * @param simulatorSecret the key the simulated wallet providers sign with; nodes of one demo share it
 * @param unpaidOrderTimeout how long an order waits for payment before it closes by itself
 * @param passwordReminders how old a login password gets before the customer is reminded to change it, and how long
 *                      "remind me later" keeps the reminder away
 * @param addressThrottle how many wrong passwords from one client address lock it out, and for how long
 * @param tls           the keystore hexmall serves HTTPS with; without one it serves plain HTTP, the demo's default
 * @param reconfirmOnNewDevice a device trusted after a code less than this long ago re-confirms a wallet in the
 *                      wallet app before its first payment with it and before any change of bindings; zero never asks
 * @param demoHistory   with demo data on, generate two weeks of made-up shoppers, orders, payments, refunds and
 *                      bindings on the first start of an empty database, so that the dashboard has something to show
 * @param trustedProxies the addresses of reverse proxies in front of hexmall, whose {@code X-Forwarded-For} names the
 *                      client; empty (the default) when clients connect directly
 * @param refundApproval when an agent's refund needs a supervisor's approval: above an amount, above a share of the
 *                      payment, or on an order paid long ago
 * @param compensationDailyLimit how much compensation (coupons at their value, points at 100 = ¥1) one agent gives
 *                      alone in a store day; above it a supervisor approves
 * @param paymentConfirmationWindow how long a payment waits for its customer in the wallet app before reconciliation
 *                      closes it at the provider, or finds it paid when its result never reached the store
 */
public record HexmallConfig(
        int port,
        Persistence persistence,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        boolean demoData,
        boolean secureCookies,
        ZoneId timeZone,
        Optional<String> fieldKey,
        Path dataDirectory,
        int maxWallets,
        Optional<String> simulatorSecret,
        Duration unpaidOrderTimeout,
        PasswordReminderPolicy passwordReminders,
        AddressThrottlePolicy addressThrottle,
        Optional<TlsKeystore> tls,
        RiskSettings risk,
        Duration reconfirmOnNewDevice,
        boolean demoHistory,
        Set<String> trustedProxies,
        ApprovalPolicy refundApproval,
        Money compensationDailyLimit,
        Duration paymentConfirmationWindow) {

    /** Where hexmall keeps its records. */
    public enum Persistence {
        /** A real database through JDBI: H2 (embedded) or PostgreSQL, chosen by the JDBC URL. */
        JDBI,
        /** Plain Java collections: nothing survives a restart. For tests and quick demos. */
        MEMORY
    }


    public HexmallConfig {
        if (port < 0 || port > 65_535) {
            throw new ConfigurationException("HEXMALL_PORT must be a number from 0 to 65535, not " + port);
        }
        Objects.requireNonNull(persistence, "persistence");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(fieldKey, "fieldKey");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(simulatorSecret, "simulatorSecret");
        Objects.requireNonNull(passwordReminders, "passwordReminders");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(risk, "risk");
        if (unpaidOrderTimeout.isNegative() || unpaidOrderTimeout.isZero()) {
            throw new ConfigurationException("HEXMALL_UNPAID_ORDER_MINUTES must be at least 1");
        }
        Objects.requireNonNull(reconfirmOnNewDevice, "reconfirmOnNewDevice");
        trustedProxies = Set.copyOf(trustedProxies);
        Objects.requireNonNull(refundApproval, "refundApproval");
        Objects.requireNonNull(compensationDailyLimit, "compensationDailyLimit");
        if (reconfirmOnNewDevice.isNegative()) {
            throw new ConfigurationException("HEXMALL_NEW_DEVICE_RECONFIRM_HOURS must be 0 or more");
        }
        if (maxWallets < 1) {
            throw new ConfigurationException("HEXMALL_MAX_WALLETS must be at least 1, not " + maxWallets);
        }
    }

    /** Ten years: a larger number of days is surely a typo. */
    private static final int MAX_DAYS = 3650;

    /**
     * The settings of a hexmall started from code (tests, tools): those used when no variable is set (plain HTTP on
     * port 8080, H2 under ./data, demo data on), except that no demo history is generated, which would only slow every
     * start down; {@link #withDemoHistory} turns it on.
     */
    public static HexmallConfig defaults() {
        return fromEnvironment(Map.of("HEXMALL_DEMO_HISTORY", "off"));
    }

    /**
     * Reads the settings; throws {@link ConfigurationException} on the first value it cannot use. Session cookies
     * are Secure by default when hexmall serves HTTPS.
     */
    public static HexmallConfig fromEnvironment(Map<String, String> env) {
        Path dataDirectory = Path.of(env.getOrDefault("HEXMALL_DATA_DIR", "data"));
        Optional<TlsKeystore> tls = tls(env);
        return new HexmallConfig(
                integer(env, "HEXMALL_PORT", 8080),
                persistence(env.getOrDefault("HEXMALL_PERSISTENCE", "jdbi")),
                databaseUrl(env.getOrDefault("HEXMALL_DB_URL", embeddedDatabaseIn(dataDirectory))),
                env.getOrDefault("HEXMALL_DB_USER", ""),
                env.getOrDefault("HEXMALL_DB_PASSWORD", ""),
                bool(env, "HEXMALL_DEMO_DATA", true),
                bool(env, "HEXMALL_SECURE_COOKIES", tls.isPresent()),
                zone(env.getOrDefault("HEXMALL_TIME_ZONE", "Asia/Shanghai")),
                Optional.ofNullable(env.get("HEXMALL_FIELD_KEY")).filter(key -> !key.isBlank()),
                dataDirectory,
                integer(env, "HEXMALL_MAX_WALLETS", 1),
                Optional.ofNullable(env.get("HEXMALL_SIMULATOR_SECRET")).filter(secret -> !secret.isBlank()),
                unpaidOrderTimeout(env),
                passwordReminders(env),
                addressThrottle(env),
                tls,
                risk(env),
                Duration.ofHours(integer(env, "HEXMALL_NEW_DEVICE_RECONFIRM_HOURS", 24)),
                bool(env, "HEXMALL_DEMO_HISTORY", true),
                trustedProxies(env),
                refundApproval(env),
                compensationDailyLimit(env),
                paymentConfirmationWindow(env));
    }

    /** True when nothing this run stores outlives the process, so an ephemeral key will do. */
    public boolean isEphemeral() {
        return persistence == Persistence.MEMORY || databaseUrl.startsWith("jdbc:h2:mem:");
    }

    public HexmallConfig withRisk(RiskSettings newRisk) {
        return new HexmallConfig(port, persistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle, tls, newRisk,
                reconfirmOnNewDevice, demoHistory,
                trustedProxies, refundApproval, compensationDailyLimit, paymentConfirmationWindow);
    }

    public HexmallConfig withPort(int newPort) {
        return new HexmallConfig(newPort, persistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle, tls, risk,
                reconfirmOnNewDevice, demoHistory,
                trustedProxies, refundApproval, compensationDailyLimit, paymentConfirmationWindow);
    }

    public HexmallConfig withDatabaseUrl(String newUrl) {
        return new HexmallConfig(port, persistence, databaseUrl(newUrl), databaseUser, databasePassword, demoData,
                secureCookies, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle, tls, risk,
                reconfirmOnNewDevice, demoHistory,
                trustedProxies, refundApproval, compensationDailyLimit, paymentConfirmationWindow);
    }

    public HexmallConfig withPersistence(Persistence newPersistence) {
        return new HexmallConfig(port, newPersistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle, tls, risk,
                reconfirmOnNewDevice, demoHistory,
                trustedProxies, refundApproval, compensationDailyLimit, paymentConfirmationWindow);
    }

    public HexmallConfig withDemoData(boolean newDemoData) {
        return new HexmallConfig(port, persistence, databaseUrl, databaseUser, databasePassword, newDemoData,
                secureCookies, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle, tls, risk,
                reconfirmOnNewDevice, demoHistory,
                trustedProxies, refundApproval, compensationDailyLimit, paymentConfirmationWindow);
    }

    public HexmallConfig withDemoHistory(boolean newDemoHistory) {
        return new HexmallConfig(port, persistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle, tls, risk,
                reconfirmOnNewDevice, newDemoHistory,
                trustedProxies, refundApproval, compensationDailyLimit, paymentConfirmationWindow);
    }

    public HexmallConfig withMaxWallets(int newMaxWallets) {
        return new HexmallConfig(port, persistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone, fieldKey, dataDirectory, newMaxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle, tls, risk,
                reconfirmOnNewDevice, demoHistory,
                trustedProxies, refundApproval, compensationDailyLimit, paymentConfirmationWindow);
    }

    /**
     * Serves HTTPS with the PKCS#12 keystore at {@code keystore}, and marks session cookies Secure, as setting
     * {@code HEXMALL_TLS_KEYSTORE} and its password does.
     */
    public HexmallConfig withTls(Path keystore, String password) {
        return new HexmallConfig(port, persistence, databaseUrl, databaseUser, databasePassword, demoData,
                true, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle,
                Optional.of(TlsKeystore.open(keystore, password)), risk,
                reconfirmOnNewDevice, demoHistory,
                trustedProxies, refundApproval, compensationDailyLimit, paymentConfirmationWindow);
    }

    /** Believes {@code X-Forwarded-For} from these reverse proxies, as {@code HEXMALL_TRUSTED_PROXIES} does. */
    public HexmallConfig withTrustedProxies(Set<String> newTrustedProxies) {
        return new HexmallConfig(port, persistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle, tls, risk,
                reconfirmOnNewDevice, demoHistory, newTrustedProxies, refundApproval,
                compensationDailyLimit, paymentConfirmationWindow);
    }

    /** When an agent's refund needs approval, as {@code HEXMALL_REFUND_APPROVAL_*} say. */
    public HexmallConfig withRefundApproval(ApprovalPolicy newRefundApproval) {
        return new HexmallConfig(port, persistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle, tls, risk,
                reconfirmOnNewDevice, demoHistory, trustedProxies, newRefundApproval,
                compensationDailyLimit, paymentConfirmationWindow);
    }

    /**
     * The refund approval thresholds: {@code HEXMALL_REFUND_APPROVAL_ABOVE_YUAN} (whole yuan, at least 1),
     * {@code HEXMALL_REFUND_APPROVAL_ABOVE_PERCENT} (of the payment, 1 to 100) and
     * {@code HEXMALL_REFUND_APPROVAL_AFTER_DAYS} (since the payment, 1 to ten years); each defaults to
     * {@link ApprovalPolicy#DEFAULT}.
     */
    private static ApprovalPolicy refundApproval(Map<String, String> env) {
        ApprovalPolicy standard = ApprovalPolicy.DEFAULT;
        int yuan = integer(env, "HEXMALL_REFUND_APPROVAL_ABOVE_YUAN", (int) (standard.amountLimit().fen() / 100));
        if (yuan < 1 || yuan > MAX_REFUND_LIMIT_YUAN) {
            throw new ConfigurationException("HEXMALL_REFUND_APPROVAL_ABOVE_YUAN must be a number of yuan from 1 to "
                    + MAX_REFUND_LIMIT_YUAN + ", not " + yuan);
        }
        int percent = integer(env, "HEXMALL_REFUND_APPROVAL_ABOVE_PERCENT", standard.percentOfPayment());
        if (percent < 1 || percent > 100) {
            throw new ConfigurationException(
                    "HEXMALL_REFUND_APPROVAL_ABOVE_PERCENT must be a percentage from 1 to 100, not " + percent);
        }
        int days = days(env, "HEXMALL_REFUND_APPROVAL_AFTER_DAYS", (int) standard.paidWithin().toDays());
        return new ApprovalPolicy(Money.ofYuan(yuan, 0), percent, Duration.ofDays(days));
    }

    /** When an agent's compensation needs approval, as {@code HEXMALL_COMPENSATION_DAILY_LIMIT_YUAN} says. */
    public HexmallConfig withCompensationDailyLimit(Money newLimit) {
        return new HexmallConfig(port, persistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, addressThrottle, tls, risk,
                reconfirmOnNewDevice, demoHistory, trustedProxies, refundApproval, newLimit, paymentConfirmationWindow);
    }

    /**
     * {@code HEXMALL_COMPENSATION_DAILY_LIMIT_YUAN}: whole yuan of compensation one agent gives alone in a store day,
     * 0 (every grant waits for a supervisor) to {@value #MAX_COMPENSATION_LIMIT_YUAN}; ¥50 by default.
     */
    private static Money compensationDailyLimit(Map<String, String> env) {
        int yuan = integer(env, "HEXMALL_COMPENSATION_DAILY_LIMIT_YUAN", 50);
        if (yuan < 0 || yuan > MAX_COMPENSATION_LIMIT_YUAN) {
            throw new ConfigurationException("HEXMALL_COMPENSATION_DAILY_LIMIT_YUAN must be a number of yuan from 0 to "
                    + MAX_COMPENSATION_LIMIT_YUAN + ", not " + yuan);
        }
        return Money.ofYuan(yuan, 0);
    }

    /** Ten thousand yuan a day: more compensation from one agent alone is surely a typo. */
    private static final int MAX_COMPENSATION_LIMIT_YUAN = 10_000;

    /** A million yuan: a larger refund limit is surely a typo. */
    private static final int MAX_REFUND_LIMIT_YUAN = 1_000_000;

    /** The comma-separated IP addresses of {@code HEXMALL_TRUSTED_PROXIES}; none by default. */
    private static Set<String> trustedProxies(Map<String, String> env) {
        Set<String> addresses = Arrays.stream(env.getOrDefault("HEXMALL_TRUSTED_PROXIES", "").split(","))
                .map(String::strip).filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        addresses.stream().filter(address -> !address.matches("[0-9A-Fa-f.:]{2,45}")).findFirst().ifPresent(bad -> {
            throw new ConfigurationException("HEXMALL_TRUSTED_PROXIES must list IP addresses separated by commas, not '"
                    + bad + "'");
        });
        return addresses;
    }

    public HexmallConfig withAddressThrottle(AddressThrottlePolicy newAddressThrottle) {
        return new HexmallConfig(port, persistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone, fieldKey, dataDirectory, maxWallets, simulatorSecret,
                unpaidOrderTimeout, passwordReminders, newAddressThrottle, tls, risk,
                reconfirmOnNewDevice, demoHistory,
                trustedProxies, refundApproval, compensationDailyLimit, paymentConfirmationWindow);
    }

    private static AddressThrottlePolicy addressThrottle(Map<String, String> env) {
        int failures = integer(env, "HEXMALL_ADDRESS_LOGIN_FAILURES", AddressThrottlePolicy.STANDARD.maxFailures());
        int lockMinutes = integer(env, "HEXMALL_ADDRESS_LOCK_MINUTES",
                (int) AddressThrottlePolicy.STANDARD.lockDuration().toMinutes());
        atLeastOne("HEXMALL_ADDRESS_LOGIN_FAILURES", failures);
        atLeastOne("HEXMALL_ADDRESS_LOCK_MINUTES", lockMinutes);
        return new AddressThrottlePolicy(failures, Duration.ofMinutes(lockMinutes),
                AddressThrottlePolicy.STANDARD.memory());
    }

    /** H2 wants relative paths spelled out as such. */
    private static String embeddedDatabaseIn(Path dataDirectory) {
        String folder = dataDirectory.isAbsolute() ? dataDirectory.toString() : "./" + dataDirectory;
        return "jdbc:h2:file:" + folder + "/hexmall";
    }

    /** Both variables or neither: a password alone would leave hexmall on plain HTTP without a word. */
    private static Optional<TlsKeystore> tls(Map<String, String> env) {
        String keystore = env.getOrDefault(TlsKeystore.VARIABLE, "").strip();
        String password = env.getOrDefault(TlsKeystore.PASSWORD_VARIABLE, "");
        if (keystore.isEmpty()) {
            if (!password.isEmpty()) {
                throw new ConfigurationException(TlsKeystore.VARIABLE + " must name the keystore when "
                        + TlsKeystore.PASSWORD_VARIABLE + " is set");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(TlsKeystore.open(Path.of(keystore), password));
        } catch (InvalidPathException notAPath) {
            throw new ConfigurationException(TlsKeystore.VARIABLE + " must be a file's path, not '" + keystore + "'");
        }
    }

    /** Whole days, at least one each: a reminder due for every password, or back at once, helps no one. */
    private static PasswordReminderPolicy passwordReminders(Map<String, String> env) {
        Duration standardAge = PasswordReminderPolicy.STANDARD.maxPasswordAge();
        Duration standardSnooze = PasswordReminderPolicy.STANDARD.dismissFor();
        return new PasswordReminderPolicy(
                Duration.ofDays(days(env, "HEXMALL_PASSWORD_REMINDER_DAYS", (int) standardAge.toDays())),
                Duration.ofDays(days(env, "HEXMALL_PASSWORD_REMINDER_SNOOZE_DAYS", (int) standardSnooze.toDays())));
    }

    private static int days(Map<String, String> env, String name, int fallback) {
        int days = integer(env, name, fallback);
        if (days < 1 || days > MAX_DAYS) {
            throw new ConfigurationException(name + " must be a number of days from 1 to " + MAX_DAYS + ", not "
                    + days);
        }
        return days;
    }

    /**
     * The risk rules' thresholds: {@code HEXMALL_RISK_RULES} (on or off, to measure what they cost),
     * {@code HEXMALL_RISK_MAX_PAYMENTS} and {@code HEXMALL_RISK_MAX_BINDINGS} in {@code HEXMALL_RISK_VELOCITY_MINUTES},
     * {@code HEXMALL_RISK_LARGE_AMOUNT_YUAN}, {@code HEXMALL_RISK_AMOUNT_MULTIPLE},
     * {@code HEXMALL_RISK_MAX_WRONG_PASSWORDS}, {@code HEXMALL_RISK_MAX_FAILED_LOGINS} and
     * {@code HEXMALL_RISK_HOLD_HOURS} (how long a blocked payment or binding holds the account's paying and
     * binding unless customer service lifts the hold); each defaults to
     * {@link RiskSettings#defaults()}.
     */
    private static RiskSettings risk(Map<String, String> env) {
        RiskSettings standard = RiskSettings.defaults();
        boolean on = switch (env.getOrDefault("HEXMALL_RISK_RULES", "on").strip().toLowerCase(Locale.ROOT)) {
            case "on", "" -> true;
            case "off" -> false;
            default -> throw new ConfigurationException(
                    "HEXMALL_RISK_RULES must be 'on' or 'off', not '" + env.get("HEXMALL_RISK_RULES") + "'");
        };
        try {
            return new RiskSettings(on, standard.stepUpScore(), standard.faceCheckScore(), standard.blockScore(),
                    positive(env, "HEXMALL_RISK_AMOUNT_MULTIPLE", standard.amountMultiple()),
                    Money.ofYuan(positive(env, "HEXMALL_RISK_LARGE_AMOUNT_YUAN",
                            (int) (standard.largeAmount().fen() / 100)), 0),
                    standard.usualAmountWindow(), standard.usualAmountSample(),
                    Duration.ofMinutes(positive(env, "HEXMALL_RISK_VELOCITY_MINUTES",
                            (int) standard.velocityWindow().toMinutes())),
                    positive(env, "HEXMALL_RISK_MAX_PAYMENTS", standard.maxPayments()),
                    positive(env, "HEXMALL_RISK_MAX_BINDINGS", standard.maxBindings()),
                    standard.wrongPasswordWindow(),
                    positive(env, "HEXMALL_RISK_MAX_WRONG_PASSWORDS", standard.maxWrongPasswords()),
                    standard.bindThenPayWindow(), standard.failedLoginWindow(),
                    positive(env, "HEXMALL_RISK_MAX_FAILED_LOGINS", standard.maxFailedLoginsFromAddress()),
                    standard.recentLogins(),
                    Duration.ofHours(positive(env, "HEXMALL_RISK_HOLD_HOURS", (int) standard.holdPeriod().toHours())));
        } catch (IllegalArgumentException | DomainException unusable) {
            // Each number was checked on its own above: what is left is how they go together.
            throw new ConfigurationException("the HEXMALL_RISK_ settings do not go together: "
                    + unusable.getMessage());
        }
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new ConfigurationException(name + " must be a number, not '" + value + "'");
        }
    }

    /** A whole number of at least 1; the variable named when it is not one. */
    private static int positive(Map<String, String> env, String name, int fallback) {
        return atLeastOne(name, integer(env, name, fallback));
    }

    private static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new ConfigurationException(name + " must be 1 or more, not " + value);
        }
        return value;
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigurationException(name + " must be on or off (or true or false), not '"
                    + value + "'");
        };
    }

    private static Persistence persistence(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "jdbi" -> Persistence.JDBI;
            case "memory" -> Persistence.MEMORY;
            default -> throw new ConfigurationException(
                    "HEXMALL_PERSISTENCE must be 'jdbi' or 'memory', not '" + value + "'");
        };
    }

    private static String databaseUrl(String value) {
        if (!value.startsWith("jdbc:h2:") && !value.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException(
                    "HEXMALL_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL, not '" + value + "'");
        }
        return value;
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException unknownZone) {
            throw new ConfigurationException(
                    "HEXMALL_TIME_ZONE must be a time zone such as Asia/Shanghai, not '" + value + "'");
        }
    }

    /** The database password, the field key and the keystore's password never appear when the settings are printed. */
    @Override
    public String toString() {
        return "HexmallConfig[port=" + port + ", persistence=" + persistence + ", databaseUrl=" + databaseUrl
                + ", databaseUser=" + databaseUser + ", demoData=" + demoData + ", secureCookies=" + secureCookies
                + ", demoHistory=" + demoHistory
                + ", timeZone=" + timeZone + ", fieldKey=" + (fieldKey.isPresent() ? "(set)" : "(not set)")
                + ", dataDirectory=" + dataDirectory + ", maxWallets=" + maxWallets
                + ", unpaidOrderTimeout=" + unpaidOrderTimeout
                + ", passwordReminderDays=" + passwordReminders.maxPasswordAge().toDays()
                + ", passwordReminderSnoozeDays=" + passwordReminders.dismissFor().toDays()
                + ", tlsKeystore=" + tls.map(keystore -> keystore.path().toString()).orElse("(not set)") + "]";
    }

    /**
     * {@code HEXMALL_UNPAID_ORDER_MINUTES}, half an hour by default; or, when set, {@code HEXMALL_UNPAID_ORDER_SECONDS}
     * (5 to 86400), for a demo or a test that watches orders close within seconds.
     */
    private static Duration unpaidOrderTimeout(Map<String, String> env) {
        String seconds = env.get("HEXMALL_UNPAID_ORDER_SECONDS");
        if (seconds != null && !seconds.isBlank()) {
            int timeout = integer(env, "HEXMALL_UNPAID_ORDER_SECONDS", 0);
            if (timeout < 5 || timeout > 86_400) {
                throw new ConfigurationException(
                        "HEXMALL_UNPAID_ORDER_SECONDS must be a number of seconds from 5 to 86400, not " + timeout);
            }
            return Duration.ofSeconds(timeout);
        }
        return Duration.ofMinutes(integer(env, "HEXMALL_UNPAID_ORDER_MINUTES", 30));
    }

    /**
     * {@code HEXMALL_PAYMENT_CONFIRMATION_SECONDS}: how long a payment waits for its customer in the wallet app, from 10
     * seconds to a day; half an hour by default.
     */
    private static Duration paymentConfirmationWindow(Map<String, String> env) {
        int seconds = integer(env, "HEXMALL_PAYMENT_CONFIRMATION_SECONDS",
                (int) PaymentSettings.STANDARD.confirmationWindow().toSeconds());
        if (seconds < 10 || seconds > 86_400) {
            throw new ConfigurationException(
                    "HEXMALL_PAYMENT_CONFIRMATION_SECONDS must be a number of seconds from 10 to 86400, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }
}
