package org.hexmall.acceptance.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.hexmall.acceptance.browser.MovableClock;
import org.hexmall.acceptance.http.HttpShopper;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three hexmall nodes share one PostgreSQL database, as behind a load balancer, on one clock the test moves: a session
 * started on one node is the same session on the others, checkouts and the wallet's notifications land on different
 * nodes, and when every node runs a chore at the same moment (closing unpaid orders, reconciling payments) each order
 * is closed once and each payment asked about once. Skipped when {@code HEXMALL_TEST_PG_URL} names no server.
 */
class SeveralNodesTest {

    private static final int NODES = ThreeNodes.NODES;
    private static final MovableClock CLOCK = new MovableClock();
    private static final List<HexmallApplication> nodes = new ArrayList<>();
    private static PostgresSchema schema;

    @BeforeAll
    static void startThreeNodesOnOneDatabase() throws Exception {
        schema = ThreeNodes.schemaOrSkip();
        Map<String, String> environment = ThreeNodes.settings(schema);
        environment.put("HEXMALL_PORT", "0");
        // One after the other: the first creates the schema and the demo data, the others find them.
        for (int i = 0; i < NODES; i++) {
            nodes.add(HexmallApplication.start(HexmallConfig.fromEnvironment(environment), CLOCK));
        }
        // The test runs the chores, on every node at once, and counts what each pass did.
        nodes.forEach(HexmallApplication::stopChores);
    }

    @AfterAll
    static void stopTheNodes() throws Exception {
        nodes.forEach(HexmallApplication::close);
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void aSessionStartedOnOneNode_isTheSameSessionOnEveryOther() throws Exception {
        var liLei = new HttpShopper(node(0));
        WalletShopper.logIn(liLei);

        ThreeNodes.assertSessionOpensOnTheOthers(nodes(), liLei, Map.of("/account", "李雷"));
    }

    @Test
    void checkoutsSpreadOverTheNodes_andEveryNodeRunningTheChoresAtOnce_actOncePerOrderAndPayment() throws Exception {
        String token = WalletShopper.logInAndBindAlipay(node(0), () -> CLOCK.moveOn(Duration.ofMinutes(2)));
        List<StoreApi> apps = ThreeNodes.apps(nodes(), token);
        String product = apps.get(0).aProduct();
        List<String> paid = ThreeNodes.paidAcrossTheNodes(apps, product, 6);
        // Left unpaid, and left waiting in the wallet app.
        List<String> unpaid = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            StoreApi app = apps.get(i % NODES);
            app.putInCart(product);
            unpaid.add(app.settle(UUID.randomUUID().toString()).get("id").asText());
        }
        List<String> waiting = new ArrayList<>();
        List<String> waitingOrders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            JsonNode started = ThreeNodes.startPayment(apps.get(i % NODES), product);
            waiting.add(started.get("paymentId").asText());
            waitingOrders.add(payment(started.get("paymentId").asText()).orderId().value().toString());
        }

        CLOCK.moveOn(Duration.ofMinutes(31));
        List<Integer> closedOrders = onEveryNodeAtOnce(useCases -> useCases.closeOverdueOrders().close());

        assertThat(closedOrders.stream().mapToInt(Integer::intValue).sum())
                .as("orders closed by the three nodes together, each counted by the node that closed it")
                .isEqualTo(unpaid.size() + waiting.size());
        List<String> overdue = new ArrayList<>(unpaid);
        overdue.addAll(waitingOrders);
        assertThat(overdue).allSatisfy(order -> assertThat(nodes.get(0).storage().orders()
                .findById(new OrderId(UUID.fromString(order))).orElseThrow().status()).isEqualTo(OrderStatus.CLOSED));

        // The wallet cannot be reached: each node would note its own vain attempt, were the payments not claimed.
        nodes.get(0).walletSimulator().faults().inject(WalletProvider.ALIPAY, Fault.PROVIDER_DOWN);
        onEveryNodeAtOnce(useCases -> useCases.reconcilePayments().reconcile());
        assertThat(waiting).allSatisfy(id -> assertThat(payment(id).timesNoted(PaymentNote.RECONCILIATION_PENDING))
                .as("the provider asked once about payment " + id).hasSize(1));

        nodes.get(0).walletSimulator().faults().remove(WalletProvider.ALIPAY);
        CLOCK.moveOn(Duration.ofMinutes(31));
        List<Integer> settled = onEveryNodeAtOnce(useCases -> useCases.reconcilePayments().reconcile());

        assertThat(settled.stream().mapToInt(Integer::intValue).sum()).as("payments settled by the nodes together")
                .isEqualTo(waiting.size());
        assertThat(waiting).allSatisfy(id -> {
            assertThat(payment(id).status()).isEqualTo(PaymentStatus.CLOSED);
            assertThat(payment(id).timesNoted(PaymentNote.RECONCILIATION_PENDING)).hasSize(1);
        });
        assertThat(paid).allSatisfy(id -> assertThat(payment(id).status()).isEqualTo(PaymentStatus.SUCCEEDED));
    }

    /** Runs the chore on every node at the same moment; answers what each node's pass said it dealt with. */
    private static List<Integer> onEveryNodeAtOnce(Function<UseCases, Integer> chore) throws Exception {
        var ready = new CountDownLatch(NODES);
        var go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(NODES)) {
            List<Future<Integer>> passes = new ArrayList<>();
            for (HexmallApplication node : nodes) {
                passes.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return chore.apply(node.useCases());
                }));
            }
            ready.await();
            go.countDown();
            List<Integer> done = new ArrayList<>();
            for (Future<Integer> pass : passes) {
                done.add(pass.get());
            }
            return done;
        }
    }

    private static Payment payment(String id) {
        return nodes.get(0).storage().payments().findById(new PaymentId(UUID.fromString(id))).orElseThrow();
    }

    private static URI node(int index) {
        return URI.create(nodes.get(index).baseUrl());
    }

    private static List<URI> nodes() {
        return nodes.stream().map(node -> URI.create(node.baseUrl())).toList();
    }
}
