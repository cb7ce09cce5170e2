package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hexmall.application.port.in.checkout.Settlement;
import org.hexmall.application.port.in.payment.ViewOrderPayments.OrderPayments;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrdersResourceTest {

    private static final String ORDERS = "/api/v1/orders";

    private final ApiTestServer api = new ApiTestServer();
    private String bearer;

    @BeforeEach
    void logIn() {
        bearer = "Bearer " + api.fakes.loggedIn(Fixtures.LI_LEI).id().value();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void settlingPlacesAnOrderAndNamesIt() {
        Order order = Fixtures.order(Fixtures.LI_LEI);
        api.fakes.settleCart = (customer, key) -> new Settlement.Settled(order.id(), order.number());

        ApiTestServer.Reply reply = api.send("POST", ORDERS, null, "Authorization", bearer, "Idempotency-Key", "k-1");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo(ORDERS + "/" + order.id());
        assertThat(reply.json().path("id").asText()).isEqualTo(order.id().toString());
        assertThat(reply.json().path("number").asText()).isEqualTo(order.number().value());
    }

    /** The application keeps each key with its first result; the same request again gets the same answer. */
    @Test
    void theSameKeyAgainAnswersTheFirstOrderAndAnotherRequestWithItIsAConflict() {
        Map<String, Settlement> firstResults = new ConcurrentHashMap<>();
        api.fakes.settleCart = (customer, key) -> firstResults.computeIfAbsent(key.orElseThrow().value(), k -> {
            Order order = Fixtures.order(customer);
            return new Settlement.Settled(order.id(), order.number());
        });

        ApiTestServer.Reply first = api.send("POST", ORDERS, null, "Authorization", bearer, "Idempotency-Key", "k-2");
        ApiTestServer.Reply again = api.send("POST", ORDERS, null, "Authorization", bearer, "Idempotency-Key", "k-2");

        assertThat(again.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));

        api.fakes.settleCart = (customer, key) -> new Settlement.KeyReused();
        assertProblem(api.send("POST", ORDERS, null, "Authorization", bearer, "Idempotency-Key", "k-2"), 409,
                "idempotency-key-reused", ORDERS);
    }

    @Test
    void anEmptyCartIsAConflict() {
        assertProblem(api.send("POST", ORDERS, null, "Authorization", bearer, "Idempotency-Key", "k-4"), 409,
                "cart-empty", ORDERS);
    }

    @Test
    void settlingWithoutAUsableKeyIsA400ProblemAndSettlesNothing() {
        api.fakes.settleCart = (customer, key) -> {
            throw new AssertionError("settled without a usable key");
        };

        assertProblem(api.send("POST", ORDERS, null, "Authorization", bearer), 400, "idempotency-key-missing", ORDERS);
        assertProblem(api.send("POST", ORDERS, null, "Authorization", bearer, "Idempotency-Key", " "), 400,
                "idempotency-key-invalid", ORDERS);
        assertProblem(api.send("POST", ORDERS, null, "Authorization", bearer, "Idempotency-Key", "k".repeat(256)), 400,
                "idempotency-key-invalid", ORDERS);

        api.fakes.settleCart = (customer, key) -> new Settlement.EmptyCart();
        assertThat(api.send("POST", ORDERS, null, "Authorization", bearer, "Idempotency-Key", "k".repeat(255))
                .status()).as("the longest key allowed").isEqualTo(409);
    }

    @Test
    void anOrderShowsLinesTotalStatusClosingTimeAndPayments() {
        Order order = Fixtures.order(Fixtures.LI_LEI);
        var failed = Fixtures.payment(order, PaymentStatus.FAILED, Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));
        api.fakes.viewOrderPayments = (customer, id) -> customer.equals(Fixtures.LI_LEI) && id.equals(order.id())
                ? Optional.of(new OrderPayments(order, List.of(failed), Optional.empty())) : Optional.empty();

        ApiTestServer.Reply reply = api.get(ORDERS + "/" + order.id(), "Authorization", bearer);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode json = reply.json();
        assertThat(json.path("status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(json.path("number").asText()).isEqualTo(order.number().value());
        assertThat(json.path("total").toString()).isEqualTo("{\"fen\":249899,\"display\":\"¥2,498.99\"}");
        assertThat(json.path("closesAt").asText()).isEqualTo(FakeInPorts.NOW.plus(FakeInPorts.UNPAID_TIMEOUT).toString());
        assertThat(json.path("lines")).hasSize(2);
        assertThat(json.path("lines").get(0).toString()).isEqualTo("{\"productId\":\"ELEC-0001\","
                + "\"nameEn\":\"Smartphone\",\"nameZh\":\"智能手机\",\"category\":\"ELECTRONICS\","
                + "\"unitPrice\":{\"fen\":123450,\"display\":\"¥1,234.50\"},\"quantity\":2,"
                + "\"total\":{\"fen\":246900,\"display\":\"¥2,469.00\"}}");
        JsonNode payment = json.path("payments").get(0);
        assertThat(payment.path("status").asText()).isEqualTo("FAILED");
        assertThat(payment.path("failureReason").asText()).isEqualTo("insufficient-balance");
        assertThat(payment.path("provider").asText()).isEqualTo("ALIPAY");
    }

    @Test
    void aPaidOrderHasNoClosingTime() {
        Order order = Fixtures.order(Fixtures.LI_LEI);
        order.markPaid(FakeInPorts.NOW);
        api.fakes.viewOrderPayments = (customer, id) -> Optional.of(new OrderPayments(order, List.of(), Optional.empty()));

        JsonNode json = api.get(ORDERS + "/" + order.id(), "Authorization", bearer).json();

        assertThat(json.has("closesAt")).isTrue();
        assertThat(json.path("closesAt").isNull()).isTrue();
    }

    @Test
    void anUnknownOrMalformedOrderIdIsA404ProblemNotAnError() {
        String unknown = ORDERS + "/00000000-0000-0000-0000-00000000abcd";

        assertProblem(api.get(unknown, "Authorization", bearer), 404, "order-not-found", unknown);
        assertProblem(api.get(ORDERS + "/42", "Authorization", bearer), 404, "order-not-found", ORDERS + "/42");
    }
}
