package org.hexmall.bootstrap;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting hexmall reads, all from environment variables with defaults that run the demo.
 * The README's configuration table lists the same variables; keep them in step.
 *
 * @param secureCookies mark session cookies Secure: set it when hexmall is served over HTTPS
 * @param timeZone      the zone times are shown in
 */
public record HexmallConfig(
        int port,
        Persistence persistence,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        boolean demoData,
        boolean secureCookies,
        ZoneId timeZone) {

    /** Where hexmall keeps its records. */
    public enum Persistence {
        /** A real database through JDBI: H2 (embedded) or PostgreSQL, chosen by the JDBC URL. */
        JDBI,
        /** Plain Java collections: nothing survives a restart. For tests and quick demos. */
        MEMORY
    }

    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./data/hexmall";

    public HexmallConfig {
        if (port < 0 || port > 65_535) {
            throw new ConfigurationException("HEXMALL_PORT must be a number from 0 to 65535, not " + port);
        }
        Objects.requireNonNull(persistence, "persistence");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** The settings used when no variable is set: port 8080, H2 under ./data, demo data on. */
    public static HexmallConfig defaults() {
        return fromEnvironment(Map.of());
    }

    /** Reads the settings; throws {@link ConfigurationException} on the first value it cannot use. */
    public static HexmallConfig fromEnvironment(Map<String, String> env) {
        return new HexmallConfig(
                integer(env, "HEXMALL_PORT", 8080),
                persistence(env.getOrDefault("HEXMALL_PERSISTENCE", "jdbi")),
                databaseUrl(env.getOrDefault("HEXMALL_DB_URL", DEFAULT_DATABASE_URL)),
                env.getOrDefault("HEXMALL_DB_USER", ""),
                env.getOrDefault("HEXMALL_DB_PASSWORD", ""),
                bool(env, "HEXMALL_DEMO_DATA", true),
                bool(env, "HEXMALL_SECURE_COOKIES", false),
                zone(env.getOrDefault("HEXMALL_TIME_ZONE", "Asia/Shanghai")));
    }

    public HexmallConfig withPort(int newPort) {
        return new HexmallConfig(newPort, persistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone);
    }

    public HexmallConfig withDatabaseUrl(String newUrl) {
        return new HexmallConfig(port, persistence, databaseUrl(newUrl), databaseUser, databasePassword, demoData,
                secureCookies, timeZone);
    }

    public HexmallConfig withPersistence(Persistence newPersistence) {
        return new HexmallConfig(port, newPersistence, databaseUrl, databaseUser, databasePassword, demoData,
                secureCookies, timeZone);
    }

    public HexmallConfig withDemoData(boolean newDemoData) {
        return new HexmallConfig(port, persistence, databaseUrl, databaseUser, databasePassword, newDemoData,
                secureCookies, timeZone);
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

    private static boolean bool(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigurationException(name + " must be true or false, not '" + value + "'");
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

    /** The database password never appears when the settings are printed. */
    @Override
    public String toString() {
        return "HexmallConfig[port=" + port + ", persistence=" + persistence + ", databaseUrl=" + databaseUrl
                + ", databaseUser=" + databaseUser + ", demoData=" + demoData + ", secureCookies=" + secureCookies
                + ", timeZone=" + timeZone + "]";
    }
}
