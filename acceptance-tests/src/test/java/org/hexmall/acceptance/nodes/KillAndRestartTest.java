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
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * {@code verify} kills it {@value #SHORT_RUN_KILLS} times per database; {@code -Dhexmall.crash.kills=200} runs the
 * full test, and {@code -Dhexmall.crash.seed=N} repeats a run's moments of death (see README).
 */
class KillAndRestartTest {

    private static final Logger LOG = LoggerFactory.getLogger(KillAndRestartTest.class);
    static final int SHORT_RUN_KILLS = 2;
    private static final int KILLS = Integer.getInteger("hexmall.crash.kills", SHORT_RUN_KILLS);
    private static final long SEED = Long.getLong("hexmall.crash.seed", System.nanoTime());
    /** The demo Alipay account of 李雷 (Li Lei) opens with ¥5,000.00. */
    private static final long OPENING_BALANCE_FEN = 500_000;
    private static final Duration SETTLED_WITHIN = Duration.ofMinutes(3);
    private static final Path RUNS = Path.of("target", "kill-and-restart");

    @BeforeAll
    static void theJarIsBuilt() {
        Assumptions.assumeTrue(Files.isRegularFile(HexmallProcess.JAR),
                "no " + HexmallProcess.JAR + ": build it first (./mvnw -pl web-admin/bootstrap -am package)");
    }

    /**
     * H2 keeps a commit only once it is written to its file; {@code WRITE_DELAY=0} writes it at the commit rather than
     * up to half a second later, so a kill loses no committed transaction. {@code AUTO_SERVER=TRUE} lets this test read
     * the file while hexmall holds it.
     */
    @Test
    void onAnH2File_everyDebitMatchesOnePaidOrderOrOneRefund_afterKillsAtRandomMoments() throws Exception {
        Path folder = Files.createDirectories(RUNS).resolve("h2-" + UUID.randomUUID());
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("hexmall") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
        killAndRestart(url, folder, () -> DriverManager.getConnection(url));
    }

    @Test
    void onPostgres_everyDebitMatchesOnePaidOrderOrOneRefund_afterKillsAtRandomMoments() throws Exception {
        Assumptions.assumeTrue(PostgresSchema.server().isPresent(), PostgresSchema.NOT_SET);
        try (var schema = PostgresSchema.create(PostgresSchema.server().orElseThrow(), "hexmall_crash")) {
            Path folder = Files.createDirectories(RUNS).resolve("pg-" + UUID.randomUUID());
            killAndRestart(schema.url(), folder, schema::connect);
        }
    }

    private interface Database {
        Connection connect() throws SQLException;
    }

    private static void killAndRestart(String databaseUrl, Path folder, Database database) throws Exception {
        LOG.info("Killing hexmall {} times on {} (-Dhexmall.crash.seed={})", KILLS, databaseUrl, SEED);
        var random = new Random(SEED);
        Map<String, String> settings = new HashMap<>(Map.of(
                "HEXMALL_DB_URL", databaseUrl,
                "HEXMALL_DATA_DIR", folder.toString(),
                "HEXMALL_DEMO_HISTORY", "off",
                "HEXMALL_RISK_RULES", "off",
                "HEXMALL_NEW_DEVICE_RECONFIRM_HOURS", "0",
                "HEXMALL_PAYMENT_CONFIRMATION_SECONDS", "10",
                "HEXMALL_FIELD_KEY", Base64.getEncoder().encodeToString(new byte[32]),
                "HEXMALL_SIMULATOR_SECRET", "kept-across-restarts-" + SEED));
        Path log = folder.resolve("hexmall.log");
        String token = null;
        String product = null;
        var checkouts = new AtomicInteger();
        for (int life = 0; life < KILLS; life++) {
            HexmallProcess hexmall = HexmallProcess.start(settings, log);
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
            // The moment of death: after a random number of the shopper's steps (each a request: cart, order, payment,
            // wallet app), and a random part of the next one.
            int target = 1 + random.nextInt(8);
            long giveUpAt = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (steps.get() < target && shopper.isAlive() && System.nanoTime() < giveUpAt) {
                shopper.join(Duration.ofMillis(20));
            }
            shopper.join(Duration.ofMillis(random.nextInt(400)));
            hexmall.kill();
            shopper.join();
        }

        HexmallProcess last = HexmallProcess.start(settings, log);
        try {
            // One checkout in a life that no kill ends: whatever the kills interrupted (a short run may stop every
            // life before the wallet app), the wallet is debited at least once, so the comparison has money to check.
            checkOut(new StoreApi(last.base(), token), product, new AtomicInteger());
            WalletLedger ledger = awaitSettled(database);
            LOG.info("{} kills, {} checkouts begun, {} debits, {} refunded, {} orders paid", KILLS, checkouts.get(),
                    ledger.debitCount(), ledger.refundedDebits(), ledger.paidOrders());
            assertThat(ledger.problems(OPENING_BALANCE_FEN)).as("what the wallet and the store disagree on (seed %d)",
                    SEED).isEmpty();
            assertThat(ledger.debitCount()).as("debits the wallet made: the shopper got to pay").isPositive();
        } finally {
            last.stop();
        }
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
