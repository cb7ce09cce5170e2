package org.hexmall.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hexmall.benchmark.Shoppers.Shopper;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.api.PaymentState;

/**
 * One full checkout through the JSON API, as an app does it: put a product in the cart, settle the cart into an
 * order, pay the order with the bound wallet, then look at the payment until it has succeeded. The wallet confirms
 * by itself (the SIMULATED provider's automatic confirmation) and tells hexmall with its signed notification, so the
 * payment succeeds without the client doing anything more.
 */
final class Checkout implements ClosedLoop.Operation {

    static final int CART = 0;
    static final int ORDER = 1;
    static final int PAYMENT = 2;
    static final int UNTIL_SUCCEEDED = 3;
    static final List<String> STEP_NAMES = List.of("PUT cart item", "POST order", "POST payment",
            "GET payment until SUCCEEDED");
    /**
     * How long after the wallet charged a payment hexmall may still show it awaiting confirmation before the
     * checkout counts as one whose notification hexmall lost (see {@link #lostNotifications()}).
     */
    static final Duration LOST_AFTER = Duration.ofSeconds(1);

    private final ApiClient api;
    private final WalletSimulator wallets;
    private final URI base;
    private final List<Shopper> shoppers;
    private final int clients;
    private final List<String> products;
    private final Duration waitForPayment;
    private final Duration deadline;
    private final long[] checkoutsOfClient;
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();

    Checkout(ApiClient api, WalletSimulator wallets, URI base, List<Shopper> shoppers, int clients,
             List<String> products, Duration waitForPayment, Duration deadline) {
        this.api = api;
        this.wallets = wallets;
        this.base = base;
        this.shoppers = shoppers;
        this.clients = clients;
        this.products = products;
        this.waitForPayment = waitForPayment;
        this.deadline = deadline;
        this.checkoutsOfClient = new long[clients];
    }

    /** Every checkout that saw its payment succeed, warm-up and stragglers included. */
    long succeeded() {
        return succeeded.get();
    }

    /**
     * Checkouts, warm-up and stragglers included, whose payment the wallet charged while hexmall went on showing it
     * awaiting confirmation: the wallet's notification reached hexmall before hexmall had recorded the wallet's
     * answer to the payment request, and hexmall acknowledged it without applying it.
     */
    long lostNotifications() {
        return lost.get();
    }

    @Override
    public void run(int client, ClosedLoop.Steps steps) throws Exception {
        long n = checkoutsOfClient[client]++;
        // Client c uses customers c, c + C, c + 2C…, so no two clients ever share a cart.
        int perClient = (shoppers.size() - client + clients - 1) / clients;
        Shopper shopper = shoppers.get(client + (int) (n % perClient) * clients);
        String product = products.get((int) ((client + n) % products.size()));
        String bearer = "Bearer " + shopper.token();

        long start = System.nanoTime();
        putInCart(steps, bearer, product);
        long cartDone = System.nanoTime();
        steps.add(CART, cartDone - start);

        JsonNode order = settle(steps, bearer);
        long orderDone = System.nanoTime();
        steps.add(ORDER, orderDone - cartDone);

        String orderPath = "/api/v1/orders/" + order.get("id").asText();
        JsonNode payment = pay(steps, bearer, orderPath);
        long paymentDone = System.nanoTime();
        steps.add(PAYMENT, paymentDone - orderDone);
        String paymentId = payment.get("paymentId").asText();
        String paymentPath = "/api/v1/payments/" + paymentId;
        long giveUpAt = paymentDone + deadline.toNanos();
        // The start request answers SUCCEEDED when the wallet's result was applied before it: nothing to follow then.
        String status = payment.get("status").asText();
        while (true) {
            if (!status.equals("SUCCEEDED")) {
                status = paymentStatus(steps, bearer, paymentPath);
            }
            if (status.equals("SUCCEEDED")) {
                break;
            }
            if (status.equals("FAILED") || status.equals("CANCELLED")) {
                throw new IllegalStateException("payment ended " + status);
            }
            // Only asked once the payment has waited that long: the question is a query on the wallet's tables.
            if (status.equals("AWAITING_CONFIRMATION") && System.nanoTime() - paymentDone > LOST_AFTER.toNanos()
                    && chargedLongAgo(paymentId)) {
                lost.incrementAndGet();
                throw new IllegalStateException("wallet charged, but hexmall still shows AWAITING_CONFIRMATION "
                        + LOST_AFTER.toSeconds() + " s later (notification lost)");
            }
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException("payment still " + status + " after " + deadline.toSeconds() + " s");
            }
            // No pause: hexmall held the look until the payment changed, or the wait was over.
        }
        steps.add(UNTIL_SUCCEEDED, System.nanoTime() - paymentDone);
        succeeded.incrementAndGet();
    }

    /** {@code PUT /api/v1/cart/items/{product}}: one of the product in the cart. */
    void putInCart(ClosedLoop.Steps steps, String bearer, String product) throws Exception {
        call(steps, "PUT cart item", "PUT", "/api/v1/cart/items/" + product, bearer, null, "{\"quantity\":1}",
                Set.of(200));
    }

    /** {@code POST /api/v1/orders}: the cart settled into an order, which it answers. */
    JsonNode settle(ClosedLoop.Steps steps, String bearer) throws Exception {
        return call(steps, "POST order", "POST", "/api/v1/orders", bearer, UUID.randomUUID().toString(), null,
                Set.of(201));
    }

    /**
     * {@code POST /api/v1/orders/{id}/payments}: the payment started (with the wallet's pay page), or already
     * succeeded when the wallet's result was applied first; never a failure for its own success.
     */
    JsonNode pay(ClosedLoop.Steps steps, String bearer, String orderPath) throws Exception {
        return call(steps, "POST payment", "POST", orderPath + "/payments", bearer, UUID.randomUUID().toString(), null,
                Set.of(201, 202));
    }

    /**
     * {@code GET /api/v1/payments/{id}} with {@code Prefer: wait}: the payment's status once it changed, or once the
     * wait is over.
     */
    String paymentStatus(ClosedLoop.Steps steps, String bearer, String paymentPath) throws Exception {
        HttpRequest request = ApiClient.request(base.resolve(paymentPath), "GET", null)
                .header("Authorization", bearer)
                .header("Prefer", "wait=" + waitForPayment.toSeconds())
                .build();
        steps.requests++;
        return api.send("GET payment", request, Set.of(200)).get("status").asText();
    }

    /** True when the wallet charged the payment more than {@link #LOST_AFTER} ago. */
    private boolean chargedLongAgo(String paymentId) {
        return wallets.payments().find(Shoppers.PROVIDER, new PaymentId(UUID.fromString(paymentId)))
                .filter(charged -> charged.status() == PaymentState.PAID)
                .filter(charged -> charged.endedAt().plus(LOST_AFTER).isBefore(Instant.now()))
                .isPresent();
    }

    private JsonNode call(ClosedLoop.Steps steps, String step, String method, String path, String bearer,
                          String idempotencyKey, String body, Set<Integer> expected) throws Exception {
        HttpRequest.Builder request = ApiClient.request(base.resolve(path), method, body)
                .header("Authorization", bearer);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        steps.requests++;
        return api.send(step, request.build(), expected);
    }
}
