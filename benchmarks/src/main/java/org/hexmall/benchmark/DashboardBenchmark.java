package org.hexmall.benchmark;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;

/**
 * How long the console's dashboard takes to answer over a large history: loads {@code bench.payments} payments (one
 * million) with their orders, refunds, wallet bindings and risk alerts into a PostgreSQL schema of its own, in a few
 * set-based statements, then logs in as the demo agent and opens {@code /admin} again and again, one request at a
 * time, and prints the latency percentiles. The page is what an agent waits for: the four aggregate queries, the
 * charts' layout and the rendering.
 *
 * <p>Run by hand (see docs/benchmarks.md). Settings, as system properties: {@code bench.payments} (1000000),
 * {@code bench.spreadDays} (365: the payments' creation times spread evenly over that many days up to now),
 * {@code bench.warmups} (30), {@code bench.requests} (300).
 */
public final class DashboardBenchmark {

    static final String SCHEMA = "hexmall_dashboard_bench";
    /** The days the dashboard shows but today. */
    private static final int FINISHED_DAYS_SHOWN = 13;
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long payments = Long.getLong("bench.payments", 1_000_000);
        int spreadDays = Integer.getInteger("bench.spreadDays", 365);
        int warmups = Integer.getInteger("bench.warmups", 30);
        int requests = Integer.getInteger("bench.requests", 300);
        String serverUrl = System.getenv().getOrDefault("HEXMALL_BENCH_DB_URL", DEFAULT_URL);
        boolean reuse = Boolean.getBoolean("bench.reuse");
        String url = reuse ? inSchema(serverUrl) : freshSchema(serverUrl);
        Path target = Path.of("benchmarks", "target").toAbsolutePath();

        try (HexmallApplication hexmall = HexmallApplication.start(config(url, target))) {
            if (!reuse) {
                long loadStart = System.nanoTime();
                try (Connection connection = DriverManager.getConnection(url);
                     Statement statement = connection.createStatement()) {
                    for (String sql : HistorySql.statements(payments, spreadDays)) {
                        statement.execute(sql);
                    }
                }
                System.out.printf(Locale.ROOT, "loaded %,d payments spread over %d days (with their orders, "
                        + "refunds, bindings and alerts) in %.1f s%n", payments, spreadDays, seconds(loadStart));
            }

            awaitFinishedDaysCounted(url);

            StorefrontVisitor agent = new StorefrontVisitor(URI.create(hexmall.baseUrl()));
            StorefrontVisitor.redirectOf("Console login", agent.submit("/admin/login", "/admin/login",
                    Map.of("username", "agent", "password", "agent-pass-1")));
            for (int i = 0; i < warmups; i++) {
                dashboard(agent);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                dashboard(agent);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "GET /admin (dashboard), %d requests one after another after %d warm-ups:"
                            + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", requests, warmups,
                    percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.getLast());
        }
    }

    /**
     * Waits for the housekeeping pass (once a minute) that counts the dashboard's finished days, so that the requests
     * read those counts and count only today (and a day still confirming) from the payments.
     */
    private static void awaitFinishedDaysCounted(String url) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(5).toNanos();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            // A pass may have counted days while their payments were still being loaded: count them again.
            statement.execute("DELETE FROM dashboard_payment_counts");
            statement.execute("DELETE FROM dashboard_binding_counts");
            statement.execute("DELETE FROM dashboard_days");
            while (true) {
                try (ResultSet counted = statement.executeQuery("SELECT COUNT(*) FROM dashboard_days")) {
                    counted.next();
                    if (counted.getLong(1) >= FINISHED_DAYS_SHOWN) {
                        System.out.printf(Locale.ROOT, "%d finished days counted for the dashboard after %.1f s%n",
                                counted.getLong(1), seconds(start));
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the dashboard's finished days were not counted in 5 minutes");
                }
                Thread.sleep(1000);
            }
        }
    }

    private static void dashboard(StorefrontVisitor agent) {
        HttpResponse<String> page = agent.get("/admin");
        if (page.statusCode() != 200 || !page.body().contains("id=\"payments-chart\"")) {
            throw new IllegalStateException("GET /admin answered " + page.statusCode() + " without the charts: "
                    + page.body().substring(0, Math.min(3000, page.body().length())));
        }
    }

    /** hexmall with the demo accounts and catalog, no made-up history of its own, on the benchmark's schema. */
    private static HexmallConfig config(String url, Path target) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_PORT", "0",
                "HEXMALL_DB_URL", url,
                "HEXMALL_DATA_DIR", target.resolve("dashboard-bench-data").toString(),
                "HEXMALL_FIELD_KEY", Base64.getEncoder().encodeToString(key),
                "HEXMALL_DEMO_DATA", "true",
                "HEXMALL_DEMO_HISTORY", "off"));
    }

    /** The URL that works in the benchmark's schema, as the last run left it ({@code -Dbench.reuse=true}). */
    private static String inSchema(String serverUrl) {
        System.out.println("database: schema " + SCHEMA + " as the last run loaded it");
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    /** Drops and creates the benchmark's own schema; answers the URL that works in it. */
    private static String freshSchema(String serverUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            System.out.println("database: PostgreSQL " + connection.getMetaData().getDatabaseProductVersion()
                    + ", schema " + SCHEMA + " (dropped and created afresh)");
        }
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * The history as set-based SQL for PostgreSQL: each table filled by one INSERT … SELECT over generate_series,
     * from a fixed random seed. Orders and payments belong to the two demo customers; the figures, not the people,
     * are what the dashboard reads.
     */
    static final class HistorySql {

        private HistorySql() {
        }

        static List<String> statements(long payments, int spreadDays) {
            long bindings = Math.max(1, payments / 10);
            long alerts = Math.max(1, payments / 500);
            String spread = "(now() - make_interval(secs => random() * " + spreadDays + " * 86400))";
            return List.of(
                    "SELECT setseed(0.2026)",
                    """
                    CREATE TEMPORARY TABLE bench_history AS
                    SELECT n, %s AS at, random() AS roll, random() AS wallet_roll
                    FROM generate_series(1, %d) AS n""".formatted(spread, payments),
                    """
                    INSERT INTO orders (id, order_number, customer_id, placed_at, status, status_changed_at)
                    SELECT 'bench-order-' || n, lpad(n::text, 12, '0'),
                           (SELECT id FROM customers WHERE phone = CASE WHEN n % 2 = 0 THEN '13800000001'
                                                                        ELSE '13800000002' END),
                           at, CASE WHEN roll < 0.86 THEN 'PAID' ELSE 'CLOSED' END, at
                    FROM bench_history""",
                    """
                    INSERT INTO payments (id, order_id, order_number, customer_id, binding_id, provider, amount_fen,
                        status, failure_reason, provider_transaction, confirmation_url, refund_due, created_at)
                    SELECT 'bench-payment-' || h.n, o.id, o.order_number, o.customer_id, 'bench-binding',
                           CASE WHEN h.wallet_roll < 0.40 THEN 'WECHAT_PAY' WHEN h.wallet_roll < 0.75 THEN 'ALIPAY'
                                WHEN h.wallet_roll < 0.93 THEN 'JD_PAY' ELSE 'UNIONPAY_QUICKPASS' END,
                           1000 + (h.n::bigint * 7919) % 500000,
                           CASE WHEN h.roll < 0.86 THEN 'SUCCEEDED' WHEN h.roll < 0.965 THEN 'FAILED'
                                WHEN h.roll < 0.99 THEN 'CANCELLED' ELSE 'CLOSED' END,
                           CASE WHEN h.roll < 0.86 OR h.roll >= 0.965 THEN NULL
                                WHEN h.roll < 0.91 THEN 'INSUFFICIENT_BALANCE'
                                WHEN h.roll < 0.945 THEN 'WRONG_PAYMENT_PASSWORD'
                                WHEN h.roll < 0.953 THEN 'PAYMENT_PASSWORD_LOCKED'
                                WHEN h.roll < 0.958 THEN 'PROVIDER_UNAVAILABLE'
                                WHEN h.roll < 0.962 THEN 'DECLINED' ELSE 'WALLET_NOT_BOUND' END,
                           CASE WHEN h.roll < 0.86 THEN 'bench-' || h.n END, NULL, FALSE, h.at
                    FROM bench_history h JOIN orders o ON o.id = 'bench-order-' || h.n""",
                    """
                    INSERT INTO payment_refunds (payment_id, request_number, amount_fen, reason, at, provider_refund)
                    SELECT 'bench-payment-' || n, 'RF' || n, 1000, 'CUSTOMER_REQUEST',
                           LEAST(at + interval '2 days', now()), 'bench-refund-' || n
                    FROM bench_history WHERE roll < 0.02""",
                    """
                    INSERT INTO wallet_bindings (id, customer_id, provider, account_kind, account_ciphertext,
                        account_index, started_at, status, failure_reason, agreement_token, preferred)
                    SELECT 'bench-binding-' || n,
                           (SELECT id FROM customers WHERE phone = '13800000001'),
                           CASE n %% 4 WHEN 0 THEN 'WECHAT_PAY' WHEN 1 THEN 'ALIPAY' WHEN 2 THEN 'JD_PAY'
                                ELSE 'UNIONPAY_QUICKPASS' END,
                           'PHONE', 'bench', 'bench-' || n, at,
                           CASE WHEN roll < 0.15 THEN 'EXPIRED' WHEN roll < 0.25 THEN 'FAILED'
                                WHEN roll < 0.72 THEN 'ACTIVE' ELSE 'REVOKED' END,
                           CASE WHEN roll >= 0.15 AND roll < 0.25 THEN 'REJECTED_IN_WALLET' END,
                           CASE WHEN roll >= 0.25 THEN 'bench-agreement-' || n END, FALSE
                    FROM bench_history WHERE n <= %d""".formatted(bindings),
                    """
                    INSERT INTO wallet_binding_events (binding_id, step_number, occurred_at, status, reason)
                    SELECT 'bench-binding-' || n, 0, at, 'CODE_SENT', NULL FROM bench_history WHERE n <= %1$d
                    UNION ALL
                    SELECT 'bench-binding-' || n, 1, at + interval '1 minute', 'AWAITING_AUTHORIZATION', NULL
                    FROM bench_history WHERE n <= %1$d AND roll >= 0.15
                    UNION ALL
                    SELECT 'bench-binding-' || n, 2, at + interval '2 minutes', 'ACTIVE', NULL
                    FROM bench_history WHERE n <= %1$d AND roll >= 0.25""".formatted(bindings),
                    """
                    INSERT INTO risk_alerts (id, customer_id, raised_at, attempt_kind, amount_fen, subject,
                        client_address, decision, step_up_factor, severity, outcome, is_open, resolution)
                    SELECT 'bench-alert-' || n, (SELECT id FROM customers WHERE phone = '13800000002'), at,
                           'PAYMENT', 688800, 'bench order ' || n, '203.0.113.58', 'BLOCK', NULL, 'HIGH', 'REFUSED',
                           roll < 0.3, CASE WHEN roll >= 0.3 THEN 'FALSE_POSITIVE' END
                    FROM bench_history WHERE n <= %d""".formatted(alerts),
                    """
                    INSERT INTO risk_alert_rules (alert_id, seq, rule, score, reason_key, reason_args)
                    SELECT 'bench-alert-' || n, 0, 'NEW_DEVICE', 40, 'risk.reason.NEW_DEVICE', ''
                    FROM bench_history WHERE n <= %1$d
                    UNION ALL
                    SELECT 'bench-alert-' || n, 1,
                           CASE n %% 3 WHEN 0 THEN 'AMOUNT_ABOVE_USUAL' WHEN 1 THEN 'PAYMENT_VELOCITY'
                                ELSE 'WRONG_PAYMENT_PASSWORDS' END, 50, 'risk.reason.NEW_DEVICE', ''
                    FROM bench_history WHERE n <= %1$d""".formatted(alerts),
                    "DROP TABLE bench_history",
                    "VACUUM ANALYZE orders",
                    "VACUUM ANALYZE payments",
                    "VACUUM ANALYZE payment_refunds",
                    "VACUUM ANALYZE wallet_bindings",
                    "VACUUM ANALYZE wallet_binding_events",
                    "VACUUM ANALYZE risk_alerts",
                    "VACUUM ANALYZE risk_alert_rules");
        }
    }
}
