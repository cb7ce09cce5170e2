package org.hexmall.acceptance.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hexmall.acceptance.http.HttpShopper;
import org.junit.jupiter.api.Assumptions;

/**
 * What three hexmall nodes of one store have in common, however they are run: one PostgreSQL schema, the settings
 * every node of the store shares, and 李雷 (Li Lei) going from node to node as a load balancer would send him.
 */
final class ThreeNodes {

    static final int NODES = 3;

    private ThreeNodes() {
    }

    /** A schema of its own for the nodes; skips the test when {@code HEXMALL_TEST_PG_URL} names no server. */
    static PostgresSchema schemaOrSkip() throws SQLException {
        Assumptions.assumeTrue(PostgresSchema.server().isPresent(), PostgresSchema.NOT_SET);
        return PostgresSchema.create(PostgresSchema.server().orElseThrow(), "hexmall_nodes");
    }

    /**
     * The settings of every node on the schema, to add to: no demo history, no risk rules and no code asked of a new
     * device (so that 李雷's checkouts are all the test makes), and what every node of one store shares: the key of
     * wallet accounts and the simulated wallets' key.
     */
    static Map<String, String> settings(PostgresSchema schema) {
        return new HashMap<>(Map.of(
                "HEXMALL_DB_URL", schema.url(),
                "HEXMALL_DEMO_HISTORY", "off",
                "HEXMALL_RISK_RULES", "off",
                "HEXMALL_NEW_DEVICE_RECONFIRM_HOURS", "0",
                "HEXMALL_FIELD_KEY", Base64.getEncoder().encodeToString(new byte[32]),
                "HEXMALL_SIMULATOR_SECRET", "shared-by-every-node-" + UUID.randomUUID()));
    }

    /**
     * 李雷's session, started on the first node, opens each page on every other node with what it must show there,
     * and no page of his opens there without the session's cookie.
     */
    static void assertSessionOpensOnTheOthers(List<URI> nodes, HttpShopper liLei, Map<String, String> pagesAndTexts)
            throws Exception {
        String cookies = liLei.cookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        for (int other = 1; other < nodes.size(); other++) {
            for (Map.Entry<String, String> page : pagesAndTexts.entrySet()) {
                HttpResponse<String> opened = get(nodes.get(other), page.getKey(), cookies);
                assertThat(opened.statusCode()).as(page.getKey() + " on node " + other).isEqualTo(200);
                assertThat(opened.body()).as(page.getKey() + " on node " + other).contains(page.getValue());
            }
            assertThat(get(nodes.get(other), "/account", "").statusCode()).as("without the cookie").isIn(302, 303);
        }
    }

    /** 李雷's app on each node, with the one bearer token that every node accepts. */
    static List<StoreApi> apps(List<URI> nodes, String token) {
        return nodes.stream().map(node -> new StoreApi(node, token)).toList();
    }

    /**
     * Payments each started on one node, confirmed in the wallet app on the next (whose simulated wallet notifies it)
     * and watched on the third, until each has succeeded; answers their ids.
     */
    static List<String> paidAcrossTheNodes(List<StoreApi> apps, String product, int payments) throws Exception {
        List<String> paid = new ArrayList<>();
        for (int i = 0; i < payments; i++) {
            JsonNode started = startPayment(apps.get(i % apps.size()), product);
            WalletShopper.confirmInWalletApp(apps.get((i + 1) % apps.size()).node(),
                    started.get("redirectUrl").asText());
            paid.add(started.get("paymentId").asText());
        }
        for (int i = 0; i < paid.size(); i++) {
            assertThat(awaitSettled(apps.get((i + 2) % apps.size()), paid.get(i))).as("payment " + paid.get(i))
                    .isEqualTo("SUCCEEDED");
        }
        return paid;
    }

    /** One of the product in the cart, settled into an order, and its payment started; answers the payment. */
    static JsonNode startPayment(StoreApi app, String product) throws Exception {
        app.putInCart(product);
        String order = app.settle(UUID.randomUUID().toString()).get("id").asText();
        return app.pay(order, UUID.randomUUID().toString());
    }

    /** Polls the payment, each look held by the node until it changes, until it leaves the wallet app. */
    private static String awaitSettled(StoreApi app, String paymentId) throws Exception {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String status = app.paymentStatus(paymentId, 0);
        while (status.equals("AWAITING_CONFIRMATION") && System.nanoTime() < giveUpAt) {
            status = app.paymentStatus(paymentId, 5);
        }
        return status;
    }

    private static HttpResponse<String> get(URI node, String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
