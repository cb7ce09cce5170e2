package org.hexmall.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.RoundTrips;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.Snapshot;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.api.PaymentState;

/**
 * The checkout benchmark (docs/benchmarks.md). In one run it starts hexmall in this JVM with its demo data and a
 * counter of its round trips to the database, makes N customers with bound wallets, profiles where one customer's
 * checkouts make their round trips, step by step, and has C clients check out through the JSON API for a while; then
 * it runs a raw Javalin + JDBI baseline on the same database under the same clients, and prints both side by side.
 * <p>
 * Settings are system properties: {@code bench.clients} (16), {@code bench.customers} (= clients),
 * {@code bench.warmupSeconds} (10), {@code bench.seconds} (20), {@code bench.waitSeconds} (5),
 * {@code bench.paymentTimeoutSeconds} (10), {@code bench.profileWarmups} (3), {@code bench.profileCheckouts} (5),
 * {@code bench.dbUrl} (or {@code HEXMALL_BENCH_DB_URL}, else {@value Settings#DEFAULT_DATABASE_URL}),
 * {@code bench.campaigns} ({@code off}; {@code on} runs {@link BenchmarkCampaigns}).
 */
public final class CheckoutBenchmark {

    private CheckoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "hexmall-benchmark-logback.xml");
        }
        long runStart = System.nanoTime();
        String loadBefore = loadAverage();
        Settings settings = Settings.fromSystemProperties();
        Path target = targetDirectory();
        BenchmarkDatabase database = BenchmarkDatabase.prepare(settings.databaseUrl(), target);
        System.out.println("hexmall checkout benchmark");
        System.out.println("  database  " + database.description());

        run(settings, database, target, new ApiClient(), runStart, loadBefore);
    }

    /** What the checkouts' side measured. */
    private record CheckoutFigures(int products, StepProfile.Result profile, ClosedLoop.Result checkouts,
                                   Snapshot roundTrips, long succeeded, long charged, long lost) {
    }

    /** What the baseline's side measured. */
    private record BaselineFigures(ClosedLoop.Result requests, RoundTrips roundTrips, long rows) {
    }

    private static void run(Settings settings, BenchmarkDatabase database, Path target, ApiClient api,
                            long runStart, String loadBefore) throws Exception {
        CheckoutFigures checkouts = checkouts(settings, database, target, api, runStart);
        BaselineFigures baseline = baseline(settings, database, api);
        report(settings, checkouts, baseline, Duration.ofNanos(System.nanoTime() - runStart), loadBefore);
    }

    private static CheckoutFigures checkouts(Settings settings, BenchmarkDatabase database, Path target, ApiClient api,
                                             long runStart) throws Exception {
        HexmallConfig config = hexmallConfig(database, target);
        var roundTrips = new RoundTripCounter();
        try (HexmallApplication hexmall = HexmallApplication.start(config, Clock.systemUTC(), roundTrips)) {
            URI base = URI.create(hexmall.baseUrl());
            WalletSimulator wallets = hexmall.walletSimulator();
            if ("on".equals(System.getProperty("bench.campaigns", "off"))) {
                BenchmarkCampaigns.run(hexmall.storage().campaigns(), Clock.systemUTC().instant());
                progress("campaigns running: " + BenchmarkCampaigns.runningAt(Clock.systemUTC().instant()).size());
            }
            progress("hexmall started at " + base + " with its demo data; making " + settings.customers()
                    + (settings.customers() == 1 ? " customer" : " customers") + " with bound wallets");
            List<Shoppers.Shopper> shoppers = Shoppers.create(settings.customers(), base, api, wallets);
            List<String> productIds = productIds(api, base);
            var checkout = new Checkout(api, wallets, base, shoppers, settings.clients(), productIds,
                    settings.waitForPayment(), settings.paymentDeadline());
            progress("step profile: one client alone, " + settings.profileWarmups() + " checkouts to warm up, then "
                    + settings.profileCheckouts() + " measured step by step");
            StepProfile.Result profile = new StepProfile(checkout, wallets, roundTrips)
                    .run(shoppers.getFirst(), productIds.getFirst(), settings.profileWarmups(),
                            settings.profileCheckouts());
            wallets.confirmPaymentsAutomatically(true);
            progress("checkouts: " + settings.warmup().toSeconds() + " s warm-up, then " + settings.measurement()
                    .toSeconds() + " s measured (" + Duration.ofNanos(System.nanoTime() - runStart).toSeconds()
                    + " s since the start)");
            Snapshot before = roundTrips.snapshot();
            ClosedLoop.Result checkouts = ClosedLoop.run("checkout", settings.clients(), Checkout.STEP_NAMES.size(),
                    settings.warmup(), settings.measurement(), checkout);
            Snapshot made = roundTrips.snapshot().minus(before);
            long charged = wallets.payments().all().stream()
                    .filter(payment -> payment.status() == PaymentState.PAID).count();
            return new CheckoutFigures(productIds.size(), profile, checkouts, made,
                    checkout.succeeded() + settings.profileWarmups() + settings.profileCheckouts(), charged,
                    checkout.lostNotifications());
        }
    }

    private static BaselineFigures baseline(Settings settings, BenchmarkDatabase database, ApiClient api)
            throws InterruptedException {
        // The baseline has no simulators: all it does is counted on the counter's side for everything else.
        var roundTrips = new RoundTripCounter();
        try (BaselineApp app = BaselineApp.start(database.jdbcUrl(), roundTrips)) {
            progress("baseline: " + settings.warmup().toSeconds() + " s warm-up, then " + settings.measurement()
                    .toSeconds() + " s measured");
            Snapshot before = roundTrips.snapshot();
            ClosedLoop.Result requests = ClosedLoop.run("baseline", settings.clients(), 0, settings.warmup(),
                    settings.measurement(), BaselineApp.request(api, app.baseUrl()));
            RoundTrips made = roundTrips.snapshot().minus(before).hexmall();
            return new BaselineFigures(requests, made, app.rows());
        }
    }

    /**
     * hexmall as its own defaults run it, but on the benchmark's database, a free port and a throwaway key. The risk
     * rules run (or not: {@code -Dbench.risk-rules=off}, to compare), reading every fact, but with a payment velocity
     * and a large amount no simulated shopper reaches: they pay far faster than people do, for a ¥2,999 phone minutes
     * after binding their wallet, and a held payment is not what the benchmark measures.
     */
    private static HexmallConfig hexmallConfig(BenchmarkDatabase database, Path target) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_PORT", "0",
                "HEXMALL_PERSISTENCE", "jdbi",
                "HEXMALL_DB_URL", database.jdbcUrl(),
                "HEXMALL_DATA_DIR", target.resolve("bench-data").toAbsolutePath().toString(),
                "HEXMALL_FIELD_KEY", Base64.getEncoder().encodeToString(key),
                "HEXMALL_DEMO_DATA", "true",
                "HEXMALL_DEMO_HISTORY", "off",
                "HEXMALL_RISK_RULES", System.getProperty("bench.risk-rules", "on"),
                "HEXMALL_RISK_MAX_PAYMENTS", "1000000",
                "HEXMALL_RISK_LARGE_AMOUNT_YUAN", "1000000"));
    }

    /** The products a checkout picks from: the catalog's first page, through the API. */
    private static List<String> productIds(ApiClient api, URI base) throws IOException, InterruptedException {
        JsonNode page = api.send("GET /api/v1/products", ApiClient.request(base.resolve("/api/v1/products?size=100"),
                "GET", null).build(), Set.of(200));
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("The catalog is empty: is the demo data on?");
        }
        return ids;
    }

    private static void report(Settings settings, CheckoutFigures figures, BaselineFigures baseline, Duration run,
                               String loadBefore) {
        ClosedLoop.Result checkouts = figures.checkouts();
        System.out.println("  settings  C=" + settings.clients() + " concurrent clients, N=" + settings.customers()
                + " customers, " + figures.products() + " products; " + settings.warmup().toSeconds()
                + " s warm-up and " + settings.measurement().toSeconds() + " s measured for each side; a payment "
                + "followed with Prefer: wait=" + settings.waitForPayment().toSeconds());
        System.out.println("  JDK       " + System.getProperty("java.vm.vendor") + " " + System.getProperty(
                "java.vm.name") + " " + Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB");
        System.out.println("  machine   " + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "; load average " + loadBefore + " before the run, "
                + loadAverage() + " after");
        System.out.println("            the clients, hexmall (then the baseline) and the simulated wallets share this "
                + "JVM; the database server shares the machine");
        System.out.println();
        printProfile(figures.profile());
        System.out.println();
        System.out.println("full checkout through the JSON API: PUT cart item, POST order, POST payment, "
                + "GET payment until SUCCEEDED");
        printLine("checkouts/s", checkouts);
        System.out.printf(Locale.ROOT, "  %.2f HTTP requests per checkout from the client (%.2f of them GETs "
                        + "following the payment), plus the wallet's notification%n", checkouts.requestsPerOperation(),
                checkouts.requestsPerOperation() - 3);
        StringBuilder steps = new StringBuilder("  mean ms per step:");
        for (int step = 0; step < Checkout.STEP_NAMES.size(); step++) {
            steps.append(String.format(Locale.ROOT, "  %s %.1f", Checkout.STEP_NAMES.get(step),
                    checkouts.stepMeanMillis(step)));
        }
        System.out.println(steps);
        long succeeded = figures.succeeded();
        long charged = figures.charged();
        long lost = figures.lost();
        System.out.println("  whole run, warm-up and step profile included: " + charged + " wallet charges, "
                + succeeded + " checkouts saw SUCCEEDED, " + lost + " lost notifications (charged, but hexmall still "
                + "awaiting confirmation " + Checkout.LOST_AFTER.toSeconds() + " s later)"
                + (charged == succeeded + lost ? ""
                        : ", and " + (charged - succeeded - lost) + " charges unaccounted for"));
        System.out.printf(Locale.ROOT, "  database round trips per checkout run (warm-up and failed ones included) "
                        + "%.1f: hexmall %s; simulated wallet %s%n",
                (figures.roundTrips().hexmall().total() + figures.roundTrips().simulatedProviders().total())
                        / (double) checkouts.ran(),
                perOperation(figures.roundTrips().hexmall(), checkouts.ran()),
                perOperation(figures.roundTrips().simulatedProviders(), checkouts.ran()));
        printFailures(checkouts);
        System.out.println();
        System.out.println("baseline: raw Javalin, POST with a small JSON body, one JDBI insert of one row");
        printLine("requests/s", baseline.requests());
        System.out.println("  rows inserted " + baseline.rows() + " (warm-up included)");
        System.out.printf(Locale.ROOT, "  database round trips per request %s%n",
                perOperation(baseline.roundTrips(), baseline.requests().ran()));
        printFailures(baseline.requests());
        System.out.println();
        System.out.printf(Locale.ROOT, "ratio  checkouts/s : baseline requests/s = %.3f, i.e. one checkout costs "
                + "about as much as %.1f baseline requests%n", checkouts.perSecond() / baseline.requests().perSecond(),
                baseline.requests().perSecond() / checkouts.perSecond());
        System.out.println("run took " + run.toSeconds() + " s");
    }

    /** Round trips per step, from the step profile: hexmall's by kind, then the simulated wallet's. */
    private static void printProfile(StepProfile.Result profile) {
        System.out.println("database round trips per checkout step: one client alone, the median of "
                + profile.profiledCheckouts() + " checkouts after " + profile.warmupCheckouts() + " to warm up; "
                + "each paid on the wallet's pay page, and its payment looked at once it had succeeded");
        String row = "  %-30s %10s %8s %8s %9s %10s %6s   %s%n";
        System.out.printf(Locale.ROOT, row, "step", "statements", "batches", "commits", "rollbacks", "savepoints",
                "total", "simulated wallet (total)");
        for (int step = 0; step < StepProfile.STEP_NAMES.size(); step++) {
            printProfileRow(row, StepProfile.STEP_NAMES.get(step), profile.steps().get(step));
        }
        printProfileRow(row, "whole checkout", profile.wholeCheckout());
    }

    private static void printProfileRow(String row, String step, Snapshot made) {
        RoundTrips hexmall = made.hexmall();
        System.out.printf(Locale.ROOT, row, step, hexmall.statements(), hexmall.batches(), hexmall.commits(),
                hexmall.rollbacks(), hexmall.savepoints(), hexmall.total(), made.simulatedProviders().total());
    }

    private static String perOperation(RoundTrips made, long operations) {
        double each = operations;
        return String.format(Locale.ROOT, "%.1f (%.1f statements, %.1f batches, %.1f commits, %.1f rollbacks, "
                        + "%.1f savepoints)", made.total() / each, made.statements() / each, made.batches() / each,
                made.commits() / each, made.rollbacks() / each, made.savepoints() / each);
    }

    private static void printLine(String unit, ClosedLoop.Result result) {
        System.out.printf(Locale.ROOT, "  %-12s %8.1f   (%d in %d s, %d failed)%n", unit, result.perSecond(),
                result.completed(), result.window().toSeconds(), result.failed());
        System.out.printf(Locale.ROOT, "  latency ms   p50 %.1f   p99 %.1f   (mean %.1f, max %.1f)%n",
                result.percentileMillis(50), result.percentileMillis(99), result.meanMillis(), result.maxMillis());
    }

    private static void printFailures(ClosedLoop.Result result) {
        result.failures().forEach((what, times) -> System.out.println("  FAILED " + times + " x " + what));
    }

    private static void progress(String what) {
        System.out.println("  ...       " + what);
    }

    /** benchmarks/target: where the jar is (or target/classes' parent when run from an IDE). */
    private static Path targetDirectory() throws URISyntaxException {
        Path location = Path.of(CheckoutBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return location.getParent();
    }

    /** The 1-minute load average, when the system tells it: other work on the machine skews the figures. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "CPU model unknown";
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("CPU model unknown");
        } catch (IOException | RuntimeException unreadable) {
            return "CPU model unknown";
        }
    }
}
