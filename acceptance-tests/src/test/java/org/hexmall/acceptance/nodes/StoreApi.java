package org.hexmall.acceptance.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * The JSON API of one hexmall node, called as an app does with a bearer token that any node accepts (tokens are
 * sessions, kept in the database). An answer outside the expected statuses throws, naming the request.
 */
final class StoreApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI node;
    private final String bearerToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    StoreApi(URI node, String bearerToken) {
        this.node = node;
        this.bearerToken = bearerToken;
    }

    URI node() {
        return node;
    }

    /** {@code PUT /api/v1/cart/items/{product}}: one of the product in the cart. */
    void putInCart(String product) throws IOException, InterruptedException {
        call("PUT", "/api/v1/cart/items/" + product, "{\"quantity\":1}", null, Set.of(200));
    }

    /** {@code POST /api/v1/orders}: the cart settled into an order, which it answers. */
    JsonNode settle(String idempotencyKey) throws IOException, InterruptedException {
        return call("POST", "/api/v1/orders", null, idempotencyKey, Set.of(201));
    }

    /** {@code POST /api/v1/orders/{id}/payments}: the payment started, with the wallet app's address. */
    JsonNode pay(String orderId, String idempotencyKey) throws IOException, InterruptedException {
        return call("POST", "/api/v1/orders/" + orderId + "/payments", null, idempotencyKey, Set.of(201, 202));
    }

    /** {@code GET /api/v1/payments/{id}}, held until the payment changes or {@code waitSeconds} pass. */
    String paymentStatus(String paymentId, int waitSeconds) throws IOException, InterruptedException {
        HttpRequest request = request("/api/v1/payments/" + paymentId, "GET", null)
                .header("Prefer", "wait=" + waitSeconds).build();
        return send(request, Set.of(200)).get("status").asText();
    }

    /** The first product of the catalog's first page. */
    String aProduct() throws IOException, InterruptedException {
        JsonNode products = call("GET", "/api/v1/products", null, null, Set.of(200));
        JsonNode items = products.has("items") ? products.get("items") : products;
        return items.get(0).get("id").asText();
    }

    JsonNode call(String method, String path, String body, String idempotencyKey, Set<Integer> expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, method, body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build(), expected);
    }

    private HttpRequest.Builder request(String path, String method, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request;
    }

    private JsonNode send(HttpRequest request, Set<Integer> expected) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (!expected.contains(answer.statusCode())) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
