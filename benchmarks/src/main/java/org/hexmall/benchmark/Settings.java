package org.hexmall.benchmark;

import java.time.Duration;

/**
 * What one run measures, from system properties ({@code java -Dbench.clients=32 -jar …}); the defaults make a run
 * of about a minute and a half on a laptop.
 *
 * @param clients          C: concurrent clients, each sending its next request as soon as the last one is answered
 * @param customers        N: benchmark customers, at least one per client (a customer's cart is one cart)
 * @param warmup           how long each side runs before measuring starts
 * @param measurement      how long each side is measured
 * @param databaseUrl      the PostgreSQL server to use, when it answers
 * @param waitForPayment   how long a client asks hexmall to wait for a payment to change before it answers
 *                         ({@code Prefer: wait}), instead of asking again and again
 * @param paymentDeadline  how long a client waits for a payment to succeed before it counts the checkout failed
 * @param profileWarmups   checkouts one client makes before the step profile (its first ones may load caches)
 * @param profileCheckouts checkouts the step profile measures, step by step, one client alone
 */
record Settings(int clients, int customers, Duration warmup, Duration measurement, String databaseUrl,
                Duration waitForPayment, Duration paymentDeadline, int profileWarmups, int profileCheckouts) {

    static final String DEFAULT_DATABASE_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    Settings {
        if (clients < 1) {
            throw new IllegalArgumentException("bench.clients must be at least 1, not " + clients);
        }
        if (customers < clients) {
            throw new IllegalArgumentException("bench.customers must be at least bench.clients (" + clients
                    + "), not " + customers + ": two clients on one customer would share a cart");
        }
        if (measurement.isZero() || measurement.isNegative() || warmup.isNegative()) {
            throw new IllegalArgumentException("bench.seconds must be above 0 and bench.warmupSeconds at least 0");
        }
        if (profileWarmups < 0 || profileCheckouts < 1) {
            throw new IllegalArgumentException("bench.profileCheckouts must be at least 1 and bench.profileWarmups at "
                    + "least 0");
        }
        if (!databaseUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("HEXMALL_BENCH_DB_URL (or bench.dbUrl) must be a jdbc:postgresql: URL,"
                    + " not '" + databaseUrl + "'; without a server the benchmark falls back to H2 by itself");
        }
    }

    static Settings fromSystemProperties() {
        int clients = Integer.getInteger("bench.clients", 16);
        String url = System.getProperty("bench.dbUrl", System.getenv().getOrDefault("HEXMALL_BENCH_DB_URL",
                DEFAULT_DATABASE_URL));
        return new Settings(clients, Integer.getInteger("bench.customers", clients),
                Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 10)),
                Duration.ofSeconds(Integer.getInteger("bench.seconds", 20)),
                url.isBlank() ? DEFAULT_DATABASE_URL : url.strip(),
                Duration.ofSeconds(Integer.getInteger("bench.waitSeconds", 5)),
                Duration.ofSeconds(Integer.getInteger("bench.paymentTimeoutSeconds", 10)),
                Integer.getInteger("bench.profileWarmups", 3), Integer.getInteger("bench.profileCheckouts", 5));
    }
}
