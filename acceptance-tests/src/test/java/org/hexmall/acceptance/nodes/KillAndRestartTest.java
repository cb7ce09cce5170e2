package org.hexmall.acceptance.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crashes: hexmall runs as a process of its own ({@code java -jar web-admin/target/hexmall.jar}), a shopper checks out
 * through the JSON API and confirms in the simulated wallet app, and the process is killed ({@code SIGKILL}) at a
 * random moment, then started again on the same database, again and again. At the end one last start lets
 * reconciliation settle what the kills left, and the wallet's money is compared with the store's records: every debit
 * matches exactly one paid order or one automatic refund, no order is paid twice, and no payment stays unknown.
 * <p>
 * The simulated wallets run inside the process and die with it; what they recorded durably (debits, refunds,
 * balances, in their own tables of the same database) is what the check reads. Their notifications still waiting to
 * be sent die with them, which is the case reconciliation exists for: the short confirmation window
 * ({@code HEXMALL_PAYMENT_CONFIRMATION_SECONDS}) lets it find those charges in seconds rather than half an hour.
 * <p>
 * Most lives die under a checkout; about one in four dies during its start instead (opening the database, Flyway
 * checking the migrations, the demo data, the web server), at a random moment within the time the last start took.
 * Every start runs with the client compiler only (a life is a start and a few requests, over before the optimising
 * compiler would pay off) and, in a run of {@value #CACHE_FROM_KILLS} kills per database or more, on the JDK's
 * ahead-of-time cache (JDK 25), made at the beginning of the run by one start and stop on a database of its own: it
 * costs a few starts and makes each later start two to four times shorter, so the short run goes without it. The two
 * databases' runs go side by side, each with its own process and database.
 * <p>
 * {@code verify} kills it {@value #SHORT_RUN_KILLS} times in all, half on each database;
 * {@code -Dhexmall.crash.kills=200} runs the full test, 200 kills in all (100 on the H2 file, 100 on PostgreSQL), and
 * {@code -Dhexmall.crash.seed=N} repeats a run's moments of death (see README and {@code docs/benchmarks.md}).
 */
@Order(2)
@Execution(ExecutionMode.CONCURRENT)
class KillAndRestartTest {

    private static final Logger LOG = LoggerFactory.getLogger(KillAndRestartTest.class);
    static final int SHORT_RUN_KILLS = 4;
    /** Kills in all, half on each database. */
    private static final int KILLS = Integer.getInteger("hexmall.crash.kills", SHORT_RUN_KILLS);
    private static final int KILLS_PER_DATABASE = Math.max(1, KILLS / 2);
    private static final long SEED = Long.getLong("hexmall.crash.seed", System.nanoTime());
    /** The demo Alipay account of 李雷 (Li Lei) opens with ¥5,000.00. */
    private static final long OPENING_BALANCE_FEN = 500_000;
    private static final Duration SETTLED_WITHIN = Duration.ofMinutes(3);
    private static final Path RUNS = Path.of("target", "kill-and-restart");
    static final int CACHE_FROM_KILLS = 10;

    @BeforeAll
    static void theJarIsBuilt() {
        Assumptions.assumeTrue(Files.isRegularFile(HexmallProcess.JAR),
                "no " + HexmallProcess.JAR + ": build it first (./mvnw -pl web-admin/bootstrap -am package)");
    }

    /**
     * H2 keeps a commit only once it is written to its file; {@code WRITE_DELAY=0} writes it at the commit rather than
     * up to half a second later, so a kill loses no committed transaction. The lives lock the file with the operating
     * system's lock ({@code FILE_LOCK=FS}), which a killed process lets go at once; the last start runs with
     * {@code AUTO_SERVER=TRUE} instead, so that this test can read the file while hexmall holds it. (That option locks
     * with H2's own lock file, which a start after a kill would spend about four seconds making sure is stale.)
     */
    @Test
    void onAnH2File_everyDebitMatchesOnePaidOrderOrOneRefund_afterKillsAtRandomMoments() throws Exception {
        Path folder = Files.createDirectories(RUNS).resolve("h2-" + UUID.randomUUID());
        String file = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("hexmall") + ";WRITE_DELAY=0";
        String read = file + ";AUTO_SERVER=TRUE";
        String training = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("training").resolve("hexmall");
        killAndRestart(new Urls(file + ";FILE_LOCK=FS", read, training), folder,
                () -> DriverManager.getConnection(read));
    }

    @Test
    void onPostgres_everyDebitMatchesOnePaidOrderOrOneRefund_afterKillsAtRandomMoments() throws Exception {
        Assumptions.assumeTrue(PostgresSchema.server().isPresent(), PostgresSchema.NOT_SET);
        String server = PostgresSchema.server().orElseThrow();
        try (var schema = PostgresSchema.create(server, "hexmall_crash");
             var training = PostgresSchema.create(server, "hexmall_crash_training")) {
            Path folder = Files.createDirectories(RUNS).resolve("pg-" + UUID.randomUUID());
            killAndRestart(new Urls(schema.url(), schema.url(), training.url()), folder, schema::connect);
        }
    }

    /** Where the lives run, where the last start runs (while the test reads), and where the cache is trained. */
    private record Urls(String lives, String last, String training) {
    }

    private interface Database {
        Connection connect() throws SQLException;
    }

    private static Map<String, String> settings(String databaseUrl, Path folder) {
        return Map.of(
                "HEXMALL_DB_URL", databaseUrl,
                "HEXMALL_DATA_DIR", folder.toString(),
                "HEXMALL_DEMO_HISTORY", "off",
                "HEXMALL_RISK_RULES", "off",
                "HEXMALL_NEW_DEVICE_RECONFIRM_HOURS", "0",
                "HEXMALL_PAYMENT_CONFIRMATION_SECONDS", "10",
                "HEXMALL_FIELD_KEY", Base64.getEncoder().encodeToString(new byte[32]),
                "HEXMALL_SIMULATOR_SECRET", "kept-across-restarts-" + SEED);
    }

    private static void killAndRestart(Urls urls, Path folder, Database database) throws Exception {
        long runStart = System.nanoTime();
        LOG.info("Killing hexmall {} times on {} (-Dhexmall.crash.seed={})", KILLS_PER_DATABASE, urls.lives(), SEED);
        var random = new Random(SEED);
        Map<String, String> settings = settings(urls.lives(), folder);
        List<String> cache = KILLS_PER_DATABASE < CACHE_FROM_KILLS ? List.of() : HexmallProcess.aheadOfTimeCache(
                settings(urls.training(), folder.resolve("training")), folder, HexmallProcess.SHORT_LIFE_OPTIONS);
        List<String> options = Stream.concat(HexmallProcess.SHORT_LIFE_OPTIONS.stream(), cache.stream()).toList();
        LOG.info("Every life starts with {} ({} ms before the first)", options, millisSince(runStart));
        Path log = folder.resolve("hexmall.log");
        String token = null;
        String product = null;
        var checkouts = new AtomicInteger();
        int killsDuringStart = 0;
        Duration lastStart = Duration.ofSeconds(5);
        for (int life = 0; life < KILLS_PER_DATABASE; life++) {
            // The first life always gets to serve: it makes the shopper's account and binds the wallet.
            if (token != null && random.nextInt(4) == 0) {
                HexmallProcess.launch(settings, log, options)
                        .killDuringStart(Duration.ofNanos(random.nextLong(lastStart.toNanos())));
                killsDuringStart++;
                continue;
            }
            long launched = System.nanoTime();
            HexmallProcess hexmall = HexmallProcess.start(settings, log, options);
            lastStart = Duration.ofNanos(System.nanoTime() - launched);
            try {
                if (token == null) {
                    token = WalletShopper.logInAndBindAlipay(hexmall.base(), () -> {
                        throw new IllegalStateException("a store on an empty database asked a new device for a code");
                    });
                    product = new StoreApi(hexmall.base(), token).aProduct();
                }
                var api = new StoreApi(hexmall.base(), token);
                String shopping = product;
                var steps = new AtomicInteger();
                Thread shopper = Thread.ofVirtual().start(() -> checkouts.addAndGet(shop(api, shopping, steps)));
                // The moment of death: after a random number of the shopper's steps (each a request: cart, order,
                // payment, wallet app), and a random part of the next one.
                int target = 1 + random.nextInt(8);
                long giveUpAt = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (steps.get() < target && shopper.isAlive() && System.nanoTime() < giveUpAt) {
                    shopper.join(Duration.ofMillis(20));
                }
                shopper.join(Duration.ofMillis(random.nextInt(400)));
                hexmall.kill();
                shopper.join();
            } finally {
                // Again if the life ended otherwise (the shopper's account could not be made): no process outlives it.
                hexmall.kill();
            }
        }

        HexmallProcess last = HexmallProcess.start(settings(urls.last(), folder), log, options);
        try {
            // One checkout in a life that no kill ends: whatever the kills interrupted (a short run may stop every
            // life before the wallet app), the wallet is debited at least once, so the comparison has money to check.
            checkOut(new StoreApi(last.base(), token), product, new AtomicInteger());
            WalletLedger ledger = awaitSettled(database);
            LOG.info("{}: {} kills ({} during the start), {} checkouts begun, {} debits, {} refunded, {} orders paid, "
                            + "in {} s (-Dhexmall.crash.seed={})", urls.lives(), KILLS_PER_DATABASE, killsDuringStart,
                    checkouts.get(), ledger.debitCount(), ledger.refundedDebits(), ledger.paidOrders(),
                    millisSince(runStart) / 1000, SEED);
            assertThat(ledger.problems(OPENING_BALANCE_FEN)).as("what the wallet and the store disagree on (seed %d)",
                    SEED).isEmpty();
            assertThat(ledger.debitCount()).as("debits the wallet made: the shopper got to pay").isPositive();
        } finally {
            last.stop();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /**
     * Checkouts one after the other until the process dies under one: put in the cart, settle, pay, confirm in the
     * wallet app (whose notification tells the store). Answers how many it began.
     */
    private static int shop(StoreApi api, String product, AtomicInteger steps) {
        int begun = 0;
        while (true) {
            try {
                begun++;
                checkOut(api, product, steps);
            } catch (Exception | AssertionError stopped) {
                LOG.info("Checkout {} of this life ended: {}", begun, stopped.toString());
                return begun;
            }
        }
    }

    /** One checkout, counting its steps as each is done: put in the cart, settle, pay, confirm in the wallet app. */
    private static void checkOut(StoreApi api, String product, AtomicInteger steps) throws Exception {
        api.putInCart(product);
        steps.incrementAndGet();
        String order = api.settle(UUID.randomUUID().toString()).get("id").asText();
        steps.incrementAndGet();
        JsonNode started = api.pay(order, UUID.randomUUID().toString());
        steps.incrementAndGet();
        if ("AWAITING_CONFIRMATION".equals(started.path("status").asText())) {
            WalletShopper.confirmInWalletApp(api.node(), started.get("redirectUrl").asText());
        }
        steps.incrementAndGet();
    }

    /** Reads the ledger until reconciliation has settled every payment, or the time is up. */
    private static WalletLedger awaitSettled(Database database) throws Exception {
        long giveUpAt = System.nanoTime() + SETTLED_WITHIN.toNanos();
        while (true) {
            WalletLedger ledger;
            try (Connection connection = database.connect()) {
                ledger = WalletLedger.read(connection, WalletShopper.PHONE);
            }
            if (ledger.underWay() == 0 || System.nanoTime() > giveUpAt) {
                return ledger;
            }
            // Reconciliation passes every five seconds: look again after one second.
            Thread.sleep(Duration.ofSeconds(1));
        }
    }
}
