package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentOptions;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentsResourceTest {

    private final ApiTestServer api = new ApiTestServer();
    private final Order order = Fixtures.order(Fixtures.LI_LEI);
    private final String pay = "/api/v1/orders/" + order.id() + "/payments";
    private final BoundWallet alipay = new BoundWallet(new BindingId(UUID.randomUUID()), WalletProvider.ALIPAY,
            "138****0001", true, FakeInPorts.NOW);
    private final BoundWallet wechat = new BoundWallet(new BindingId(UUID.randomUUID()), WalletProvider.WECHAT_PAY,
            "138****0001", false, FakeInPorts.NOW);
    private final PaymentId paymentId = new PaymentId(UUID.randomUUID());
    private final AtomicReference<PayCommand> paid = new AtomicReference<>();
    private String bearer;

    @BeforeEach
    void logInWithTwoWallets() {
        bearer = "Bearer " + api.fakes.loggedIn(Fixtures.LI_LEI).id().value();
        api.fakes.viewPaymentOptions = (customer, id) -> id.equals(order.id())
                ? Optional.of(new PaymentOptions(order, List.of(alipay, wechat), Optional.of(alipay.id()), List.of(),
                Optional.empty()))
                : Optional.empty();
        answer(new PayResult.GoToWallet(paymentId, Fixtures.walletPage()));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void goingToTheWalletIs201WithWhereToConfirmAndWhereToFollowThePayment() {
        ApiTestServer.Reply reply = pay(null, "key-1");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/payments/" + paymentId);
        assertThat(reply.json().toString()).isEqualTo("{\"paymentId\":\"" + paymentId + "\","
                + "\"status\":\"AWAITING_CONFIRMATION\",\"redirectUrl\":\"" + Fixtures.walletPage() + "\"}");
        PayCommand command = paid.get();
        assertThat(command.customerId()).isEqualTo(Fixtures.LI_LEI);
        assertThat(command.orderId()).isEqualTo(order.id());
        assertThat(command.idempotencyKey()).contains("key-1");
        assertThat(command.wallet()).isEmpty();
    }

    @Test
    void theWalletAppSendsTheCustomerBackToTheShopsReturnPageOnTheHostCalled() {
        pay(null, "key-2");

        URI returnUrl = paid.get().returnUrl();
        assertThat(returnUrl.getScheme()).isEqualTo("http");
        assertThat(returnUrl.getHost()).isEqualTo("localhost");
        assertThat(returnUrl.getPort()).isPositive();
        assertThat(returnUrl.getPath()).isEqualTo("/payments/return");
        assertThat(returnUrl.getQuery()).as("the preferred wallet's provider").isEqualTo("provider=ALIPAY");
    }

    @Test
    void aChosenWalletPaysAndItsProviderIsNamedOnTheWayBack() {
        pay("{\"walletId\":\"" + wechat.id() + "\"}", "key-3");

        assertThat(paid.get().wallet()).contains(wechat.id());
        assertThat(paid.get().returnUrl().getQuery()).isEqualTo("provider=WECHAT_PAY");
    }

    @Test
    void aWalletIdThatIsNoUuidIsA400Problem() {
        JsonNode problem = assertProblem(pay("{\"walletId\":\"alipay\"}", "key-4"), 400, "invalid-request", pay);

        assertThat(problem.path("errors").toString()).isEqualTo("[{\"field\":\"walletId\",\"code\":\"format.uuid\"}]");
        assertThat(paid).hasValue(null);
    }

    @Test
    void anUnansweredProviderIs202WithThePaymentToFollow() {
        answer(new PayResult.Confirming(paymentId));

        ApiTestServer.Reply reply = pay(null, "key-5");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/payments/" + paymentId);
        assertThat(reply.json().path("status").asText()).isEqualTo("UNKNOWN");
        assertThat(reply.json().path("redirectUrl").isNull()).isTrue();
    }

    @Test
    void aFailedPaymentIs402WithTheReasonAsItsCode() {
        for (PaymentFailureReason reason : PaymentFailureReason.values()) {
            answer(new PayResult.Failed(paymentId, reason));

            JsonNode problem = assertProblem(pay(null, "key-" + reason), 402,
                    reason.name().toLowerCase().replace('_', '-'), pay);

            assertThat(problem.path("paymentId").asText()).isEqualTo(paymentId.toString());
        }
    }

    @Test
    void noBoundWalletIsAConflictWithALinkToBindOne() {
        answer(new PayResult.NoWalletBound());

        JsonNode problem = assertProblem(pay(null, "key-6"), 409, "no-wallet-bound", pay);

        assertThat(problem.path("links").path("bindWallet").asText())
                .matches("http://localhost:\\d+/account/security/payment-methods/add");
    }

    @Test
    void eachOtherRefusalHasItsOwnStatusAndCode() {
        answer(new PayResult.AlreadyPaid(order.id()));
        assertProblem(pay(null, "key-7"), 409, "order-already-paid", pay);

        answer(new PayResult.NotPayable(OrderStatus.CLOSED));
        assertThat(assertProblem(pay(null, "key-8"), 409, "order-closed", pay).path("orderStatus").asText())
                .isEqualTo("CLOSED");

        answer(new PayResult.NoSuchOrder());
        assertProblem(pay(null, "key-9"), 404, "order-not-found", pay);
    }

    @Test
    void idempotencyConflictsAreTheirOwnProblems() {
        answer(new PayResult.KeyReused());
        assertProblem(pay(null, "key-10"), 409, "idempotency-key-reused", pay);

        answer(new PayResult.KeyInUse());
        ApiTestServer.Reply inUse = pay(null, "key-11");
        assertProblem(inUse, 409, "idempotency-key-in-use", pay);
        assertThat(inUse.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void payingNeedsAnIdempotencyKey() {
        assertProblem(pay(null, null), 400, "idempotency-key-missing", pay);
        assertThat(paid).hasValue(null);
    }

    @Test
    void anOrderThatIsNotTheCustomersOrNoOrderIdIsA404Problem() {
        String other = "/api/v1/orders/" + UUID.randomUUID() + "/payments";
        assertProblem(api.send("POST", other, null, "Authorization", bearer, "Idempotency-Key", "k"), 404,
                "order-not-found", other);
        String malformed = "/api/v1/orders/xyz/payments";
        assertProblem(api.send("POST", malformed, null, "Authorization", bearer, "Idempotency-Key", "k"), 404,
                "order-not-found", malformed);
        assertThat(paid).hasValue(null);
    }

    @Test
    void aPaymentShowsItsStatusReasonOrderNumberAmountAndProvider() {
        PaymentView failed = Fixtures.payment(order, PaymentStatus.FAILED,
                Optional.of(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED));
        api.fakes.viewPayment = (customer, id) -> id.equals(failed.id()) ? Optional.of(failed) : Optional.empty();

        ApiTestServer.Reply reply = api.get("/api/v1/payments/" + failed.id(), "Authorization", bearer);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode json = reply.json();
        assertThat(json.path("status").asText()).isEqualTo("FAILED");
        assertThat(json.path("failureReason").asText()).isEqualTo("payment-password-locked");
        assertThat(json.path("orderNumber").asText()).isEqualTo(order.number().value());
        assertThat(json.path("amount").toString()).isEqualTo("{\"fen\":249899,\"display\":\"¥2,498.99\"}");
        assertThat(json.path("provider").asText()).isEqualTo("ALIPAY");
        assertThat(json.path("redirectUrl").isNull()).isTrue();
    }

    @Test
    void anUnknownOrMalformedPaymentIdIsA404Problem() {
        String unknown = "/api/v1/payments/" + UUID.randomUUID();
        assertProblem(api.get(unknown, "Authorization", bearer), 404, "payment-not-found", unknown);
        assertProblem(api.get("/api/v1/payments/xyz", "Authorization", bearer), 404, "payment-not-found",
                "/api/v1/payments/xyz");
    }

    private void answer(PayResult result) {
        api.fakes.payForOrder = command -> {
            paid.set(command);
            return result;
        };
    }

    private ApiTestServer.Reply pay(String body, String key) {
        return key == null ? api.send("POST", pay, body, "Authorization", bearer)
                : api.send("POST", pay, body, "Authorization", bearer, "Idempotency-Key", key);
    }
}
