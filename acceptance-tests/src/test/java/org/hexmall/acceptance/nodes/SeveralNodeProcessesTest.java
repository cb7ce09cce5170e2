package org.hexmall.acceptance.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.acceptance.http.HttpShopper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three hexmall nodes as an operator runs them: three {@code java -jar web-admin/target/hexmall.jar} processes on one
 * PostgreSQL schema, each with its own port, every chore running on its own schedule in every process. Li Lei's
 * browser and app go from node to node as a load balancer would send them; the simulated wallets run in every
 * process and keep their records in the same database, so the wallet app on one node pays a payment another node
 * started, and notifies its own node.
 * <p>
 * Checked from outside, as an operator could: a session cookie from one node opens Li Lei's pages on the others;
 * two agents on two nodes refunding the same order at once make one refund; every unpaid order is closed once (the nodes' logs, which name what each chore pass did, add up to one close per
 * order); a charge that reached the wallet after its order closed is refunded once, though every node's
 * reconciliation looks for it (one refund at the wallet and in the store); a payment whose provider answer was lost
 * is settled once; the provider was asked once about each payment while it could not be reached; and every debit the
 * wallet made matches one paid order or one refund.
 * <p>
 * Orders wait {@value #UNPAID_ORDER_SECONDS} seconds to be paid ({@code HEXMALL_UNPAID_ORDER_SECONDS}), so the nodes'
 * own chores close them within the test. Skipped when {@code HEXMALL_TEST_PG_URL} names no server.
 */
@Order(1)
class SeveralNodeProcessesTest {

    private static final Logger LOG = LoggerFactory.getLogger(SeveralNodeProcessesTest.class);
    private static final int NODES = ThreeNodes.NODES;
    private static final int UNPAID_ORDER_SECONDS = 15;
    /** The demo Alipay account of Li Lei opens with ¥5,000.00. */
    private static final long OPENING_BALANCE_FEN = 500_000;
    private static final Duration SETTLED_WITHIN = Duration.ofSeconds(60);
    private static final Path RUNS = Path.of("target", "several-nodes");
    private static final String REFUND_DUE = "CASE WHEN refund_due THEN 'owed' ELSE 'none' END";
    private static final Pattern CHORE_DONE = Pattern.compile("- (.+): (\\d+)$");

    private static final List<HexmallProcess> nodes = new ArrayList<>();
    private static final List<Path> logs = new ArrayList<>();
    private static PostgresSchema schema;

    @BeforeAll
    static void startThreeNodesOnOneDatabase() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(HexmallProcess.JAR),
                "no " + HexmallProcess.JAR + ": build it first (./mvnw -pl web-admin/bootstrap -am package)");
        schema = ThreeNodes.schemaOrSkip();
        Path folder = Files.createDirectories(RUNS).resolve(UUID.randomUUID().toString());
        Map<String, String> settings = ThreeNodes.settings(schema);
        settings.put("HEXMALL_DATA_DIR", folder.toString());
        settings.put("HEXMALL_UNPAID_ORDER_SECONDS", Integer.toString(UNPAID_ORDER_SECONDS));
        // An agent refunds a whole order alone, without a supervisor's approval.
        settings.put("HEXMALL_REFUND_APPROVAL_ABOVE_PERCENT", "100");
        settings.put("HEXMALL_REFUND_APPROVAL_ABOVE_YUAN", "1000000");
        for (int i = 0; i < NODES; i++) {
            logs.add(folder.resolve("node-" + i + ".log"));
        }
        // The first migrates the schema and creates the demo data; the others, started together, find them.
        nodes.add(HexmallProcess.start(settings, logs.get(0), HexmallProcess.SHORT_LIFE_OPTIONS));
        try (ExecutorService starting = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HexmallProcess>> others = new ArrayList<>();
            for (int i = 1; i < NODES; i++) {
                Path log = logs.get(i);
                others.add(starting.submit(
                        () -> HexmallProcess.start(settings, log, HexmallProcess.SHORT_LIFE_OPTIONS)));
            }
            for (Future<HexmallProcess> other : others) {
                nodes.add(other.get());
            }
        }
        LOG.info("Three nodes at {}, logs in {}", nodes.stream().map(HexmallProcess::base).toList(), folder);
    }

    @AfterAll
    static void stopTheNodes() throws Exception {
        for (HexmallProcess node : nodes) {
            node.stop();
        }
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void threeNodes_shareSessions_andCloseRefundAndSettleEachOrderAndPaymentOnce() throws Exception {
        var liLei = new HttpShopper(node(0));
        String token = WalletShopper.logInAndBindAlipay(liLei, () -> {
            throw new IllegalStateException("a store on an empty database asked a new device for a code");
        });
        // A session started on one node opens my pages on the others.
        ThreeNodes.assertSessionOpensOnTheOthers(nodes(), liLei, Map.of("/account", "李雷",
                "/account/security/payment-methods", "Alipay"));

        List<StoreApi> apps = ThreeNodes.apps(nodes(), token);
        String product = apps.get(0).aProduct();
        List<String> paid = ThreeNodes.paidAcrossTheNodes(apps, product, 6);

        // Two agents, on two nodes, refund the same paid order at the same moment: one refund is made, and the other
        // agent is told there is nothing left to refund.
        String refunded = paid.getFirst();
        String refundedOrder = query("SELECT order_id FROM payments WHERE id = ?", refunded).getFirst();
        List<String> answers = twoAgentsRefundAtOnce(refundedOrder).stream()
                .map(answer -> answer.statusCode() / 100 == 3 ? "refunded"
                        : "refused with " + answer.statusCode() + ": " + problemOn(answer.body())).toList();
        assertThat(answers).as("what the two agents were answered").hasSize(2).containsOnlyOnce("refunded")
                .anySatisfy(refused -> assertThat(refused).startsWith("refused with 409"));
        awaitInDatabase("the agent's refund made", () -> query("SELECT reason FROM payment_refunds WHERE payment_id = ?",
                refunded).size() == 1);

        // Left in the wallet app while the wallet cannot be reached, so that no node can close them there when their
        // orders close; and orders left unpaid.
        List<JsonNode> lateOnes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            lateOnes.add(ThreeNodes.startPayment(apps.get(i), product));
        }
        setAlipayFault(node(1), "PROVIDER_DOWN");
        List<String> unpaid = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            StoreApi app = apps.get(i % NODES);
            app.putInCart(product);
            unpaid.add(app.settle(UUID.randomUUID().toString()).get("id").asText());
        }
        List<String> late = lateOnes.stream().map(started -> started.get("paymentId").asText()).toList();
        List<String> lateOrders = new ArrayList<>();
        for (String payment : late) {
            lateOrders.add(query("SELECT order_id FROM payments WHERE id = ?", payment).getFirst());
        }
        awaitInDatabase("the unpaid orders and those of the payments left in the wallet app closed", () ->
                allHaveStatus(unpaid, "CLOSED") && allHaveStatus(lateOrders, "CLOSED")
                        && late.stream().allMatch(payment -> notes(payment) > 0));

        // Li Lei pays them now in the wallet app, each on another node than the one that started it: the wallet takes
        // the money for orders that closed, and cannot take a refund yet.
        for (int i = 0; i < NODES; i++) {
            WalletShopper.confirmInWalletApp(node((i + 2) % NODES), lateOnes.get(i).get("redirectUrl").asText());
        }
        awaitInDatabase("the late charges owing a refund", () -> late.stream().allMatch(payment ->
                query("SELECT status, " + REFUND_DUE + " FROM payments WHERE id = ?", payment)
                        .equals(List.of("SUCCEEDED", "owed"))));
        setAlipayFault(node(2), "NONE");
        // Every node's reconciliation finds the refunds owed; one gives each back.
        awaitInDatabase("the late charges refunded", () -> late.stream().allMatch(payment ->
                query("SELECT " + REFUND_DUE + " FROM payments WHERE id = ?", payment).equals(List.of("none"))));

        // The wallet's answer lost: the payment is started at the wallet, but the store never hears what became of it.
        setAlipayFault(node(0), "TIMEOUT");
        List<String> lost = new ArrayList<>();
        List<String> lostOrders = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            apps.get(i).putInCart(product);
            lostOrders.add(apps.get(i).settle(UUID.randomUUID().toString()).get("id").asText());
        }
        // Paid for at the same moment on the three nodes: each waits for the wallet's answer in vain.
        try (ExecutorService shoppers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<JsonNode>> starts = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                StoreApi app = apps.get(i);
                String order = lostOrders.get(i);
                starts.add(shoppers.submit(() -> app.pay(order, UUID.randomUUID().toString())));
            }
            for (Future<JsonNode> started : starts) {
                assertThat(started.get().get("status").asText()).isEqualTo("UNKNOWN");
                lost.add(started.get().get("paymentId").asText());
            }
        }
        setAlipayFault(node(1), "NONE");
        // Each is found still waiting at the wallet for a customer it never saw, closed there, and failed as timed
        // out; its order, payable again, closes unpaid in its time.
        awaitInDatabase("the payments whose answer was lost settled, and their orders closed", () ->
                allHaveStatus(lostOrders, "CLOSED") && lost.stream().allMatch(payment ->
                        query("SELECT status || ' ' || failure_reason FROM payments WHERE id = ?", payment)
                                .equals(List.of("FAILED PROVIDER_TIMED_OUT"))));

        // Every debit matches one paid order or one refund, and the wallet's balance says so.
        WalletLedger ledger;
        try (Connection connection = schema.connect()) {
            ledger = WalletLedger.read(connection, WalletShopper.PHONE);
        }
        assertThat(ledger.problems(OPENING_BALANCE_FEN, Set.of(refunded))).as("what the wallet and the store disagree on")
                .isEmpty();
        assertThat(ledger.debitCount()).as("debits: the paid orders and the late charges").isEqualTo(
                paid.size() + late.size());
        assertThat(ledger.refundedDebits()).as("debits refunded: the late charges and the agents' refund")
                .isEqualTo(late.size() + 1);
        assertThat(query("SELECT reason FROM payment_refunds WHERE payment_id = ?", refunded))
                .as("store refunds of the order two agents refunded").containsExactly("CUSTOMER_REQUEST");
        assertThat(query("SELECT r.amount_fen FROM mock_wallet_refunds r JOIN mock_wallet_payments p "
                + "ON p.id = r.payment_id WHERE p.merchant_payment = ?", refunded))
                .as("wallet refunds of the order two agents refunded").hasSize(1);
        assertThat(paid).allSatisfy(payment -> assertThat(
                query("SELECT o.status FROM orders o JOIN payments p ON p.order_id = o.id WHERE p.id = ?", payment))
                .containsExactly("PAID"));

        // Refunded once: one refund at the wallet and one in the store for each late charge, and the provider asked
        // once about each while it could not be reached.
        assertThat(late).allSatisfy(payment -> {
            assertThat(query("SELECT r.amount_fen FROM mock_wallet_refunds r JOIN mock_wallet_payments p "
                    + "ON p.id = r.payment_id WHERE p.merchant_payment = ?", payment)).as("wallet refunds of " + payment)
                    .hasSize(1);
            assertThat(query("SELECT reason FROM payment_refunds WHERE payment_id = ?", payment))
                    .as("store refunds of " + payment).containsExactly("DOUBLE_PAYMENT");
            assertThat(notes(payment)).as("times the wallet was asked about " + payment + " while down")
                    .isEqualTo(1);
        });
        // Settled once: no payment moved to any status twice.
        assertThat(query("SELECT payment_id || ' ' || status FROM payment_events WHERE kind = 'MOVED' "
                + "GROUP BY payment_id, status HAVING COUNT(*) > 1")).as("payments moved twice to one status").isEmpty();

        // Each order closed once and each payment settled once, by whichever node's chore got to it first: what the
        // nodes' passes say they did adds up to one close per order and one settlement per payment.
        Map<String, List<Integer>> done = choresDone();
        LOG.info("What each node's chores did: {}", done);
        assertThat(sum(done, "unpaid orders closed")).as("orders closed by the three nodes together")
                .isEqualTo(unpaid.size() + lateOrders.size() + lostOrders.size());
        // Reconciliation also sends refunds still on their way: a node's pass may have finished the agents' refund
        // before the agent's own request did, and counted it (the refund itself was made once, as checked above).
        assertThat(sum(done, "payments reconciled")).as("refunds and settlements made by the three nodes together")
                .isBetween(late.size() + lost.size(), late.size() + lost.size() + 1);
    }

    /**
     * The demo agent on node 1 and the demo supervisor on node 2 each open the order's refund form and refund its one
     * item in full, at the same moment; answers what each was answered (a redirect to the order's page: refunded; 409: refused).
     */
    private static List<HttpResponse<String>> twoAgentsRefundAtOnce(String order) throws Exception {
        List<HttpShopper> agents = List.of(agentOn(node(1), "agent", "agent-pass-1"),
                agentOn(node(2), "supervisor", "supervisor-pass-1"));
        String form = "/admin/orders/" + order + "/refund";
        Map<String, String> wholeOrder = Map.of("quantity-0", "1", "category", "DAMAGED",
                "note", "Arrived broken; refunded by whichever of us gets there first");
        try (ExecutorService desks = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> submitted = new ArrayList<>();
            for (HttpShopper agent : agents) {
                submitted.add(desks.submit(() -> agent.submitAnyAnswer(form, "/admin/orders/" + order + "/refunds",
                        wholeOrder)));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : submitted) {
                answers.add(answer.get());
            }
            return answers;
        }
    }

    /** The text of the page's main part, which says what was refused and why. */
    private static String problemOn(String page) {
        int main = page.indexOf("<main");
        String text = (main < 0 ? page : page.substring(main)).replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ")
                .strip();
        return text.substring(0, Math.min(text.length(), 300));
    }

    private static HttpShopper agentOn(URI node, String username, String password) {
        var agent = new HttpShopper(node);
        URI landed = agent.submit("/admin/login", Map.of("username", username, "password", password));
        assertThat(landed.getPath()).as(username + " logged in on " + node).doesNotStartWith("/admin/login");
        return agent;
    }

    /** Sets Alipay's fault on the simulated wallets' control page of a node; every node reads it from the database. */
    private static void setAlipayFault(URI node, String fault) {
        new HttpShopper(node).submit("/mock-wallet", "/mock-wallet/faults", Map.of("provider", "alipay",
                "fault", fault));
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Reads the database again and again until the condition holds; fails, naming it, when the time is up. */
    private static void awaitInDatabase(String what, Condition condition) throws Exception {
        long giveUpAt = System.nanoTime() + SETTLED_WITHIN.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("not within " + SETTLED_WITHIN + ": " + what);
            }
            // The nodes' chores pass every few seconds: look again a quarter of a second later.
            Thread.sleep(Duration.ofMillis(250));
        }
    }

    private static boolean allHaveStatus(List<String> orders, String status) {
        return orders.stream().allMatch(order -> query("SELECT status FROM orders WHERE id = ?", order)
                .equals(List.of(status)));
    }

    /** How many times the payment's timeline notes that its provider could not say what became of it. */
    private static int notes(String payment) {
        return query("SELECT seq FROM payment_events WHERE payment_id = ? AND kind = 'NOTED' "
                + "AND detail = 'RECONCILIATION_PENDING'", payment).size();
    }

    /** The first column of every row the query finds, as text. */
    private static List<String> query(String sql, String... parameters) {
        try (Connection connection = schema.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int columns = rows.getMetaData().getColumnCount();
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(rows.getString(column));
                    }
                    values.addAll(row);
                }
            }
            return values;
        } catch (SQLException unreadable) {
            throw new IllegalStateException(sql, unreadable);
        }
    }

    /** What each node's chore passes said they did, read from its log: per chore, one count per node. */
    private static Map<String, List<Integer>> choresDone() throws Exception {
        Map<String, List<Integer>> done = new HashMap<>();
        for (int i = 0; i < NODES; i++) {
            for (String line : Files.readAllLines(logs.get(i))) {
                if (!line.contains(" INFO ") || !line.contains(".Chore ")) {
                    continue;
                }
                Matcher pass = CHORE_DONE.matcher(line);
                if (pass.find()) {
                    List<Integer> perNode = done.computeIfAbsent(pass.group(1), chore -> new ArrayList<>(
                            List.of(0, 0, 0)));
                    perNode.set(i, perNode.get(i) + Integer.parseInt(pass.group(2)));
                }
            }
        }
        return done;
    }

    private static int sum(Map<String, List<Integer>> done, String chore) {
        return done.getOrDefault(chore, List.of()).stream().mapToInt(Integer::intValue).sum();
    }

    private static URI node(int index) {
        return nodes.get(index).base();
    }

    private static List<URI> nodes() {
        return nodes.stream().map(HexmallProcess::base).toList();
    }
}
