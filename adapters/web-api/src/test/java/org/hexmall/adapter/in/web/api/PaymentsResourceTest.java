package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentAmount;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Withdrawal;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.shared.Money;
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
    /** ¥2,498.99 of goods, ¥5.00 of them paid with 500 points. */
    private final PaymentAmount charge = new PaymentAmount(Money.ofYuan(2_493, 99), 500);
    private final AtomicReference<PayCommand> paid = new AtomicReference<>();
    private String bearer;

    @BeforeEach
    void logIn() {
        bearer = "Bearer " + api.fakes.loggedIn(Fixtures.LI_LEI).id().value();
        answer(new PayResult.GoToWallet(paymentId, Fixtures.walletPage(), charge));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void goingToTheWalletIs201WithWhereToConfirmWhereToFollowThePaymentAndWhatTheWalletWillCharge() {
        ApiTestServer.Reply reply = pay("{\"pointsToSpend\":500}", "key-1");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/payments/" + paymentId);
        assertThat(reply.json().toString()).isEqualTo("{\"paymentId\":\"" + paymentId + "\","
                + "\"status\":\"AWAITING_CONFIRMATION\",\"redirectUrl\":\"" + Fixtures.walletPage() + "\","
                + "\"amount\":{\"fen\":249399,\"display\":\"¥2,493.99\"},\"pointsSpent\":500}");
        PayCommand command = paid.get();
        assertThat(command.customerId()).isEqualTo(Fixtures.LI_LEI);
        assertThat(command.orderId()).isEqualTo(order.id());
        assertThat(command.idempotencyKey()).contains(new IdempotencyKey("key-1"));
        assertThat(command.wallet()).isEmpty();
    }

    @Test
    void theWalletAppSendsTheCustomerBackToTheShopsReturnPageOfThePaymentOnTheHostCalled() {
        pay(null, "key-2");

        URI returnUrl = paid.get().returnAddress().of(paymentId);
        assertThat(returnUrl.getScheme()).isEqualTo("http");
        assertThat(returnUrl.getHost()).isEqualTo("localhost");
        assertThat(returnUrl.getPort()).isPositive();
        assertThat(returnUrl.getPath()).isEqualTo("/payments/" + paymentId + "/return");
        assertThat(returnUrl.getQuery()).isNull();
    }

    @Test
    void aChosenWalletIsPassedOnToPay() {
        pay("{\"walletId\":\"" + wechat.id() + "\"}", "key-3");

        assertThat(paid.get().wallet()).contains(wechat.id());
    }

    @Test
    void aPaymentThatSucceededBeforeItsStartWasAnswered_is201Succeeded_neverAFailure() {
        answer(new PayResult.Paid(paymentId, charge));

        ApiTestServer.Reply reply = pay(null, "key-12");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/payments/" + paymentId);
        assertThat(reply.json().path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(reply.json().path("amount").path("fen").asLong()).isEqualTo(249_399);
    }

    @Test
    void whileAnotherPaymentIsBeingConfirmed_payingIsAConflictThatNamesThatPayment() {
        answer(new PayResult.PaymentUnderWay(paymentId));

        JsonNode problem = assertProblem(pay(null, "key-13"), 409, "payment-being-confirmed", pay);

        assertThat(problem.path("paymentId").asText()).isEqualTo(paymentId.toString());
        assertThat(problem.path("links").path("payment").asText()).isEqualTo("/api/v1/payments/" + paymentId);
    }

    @Test
    void severalWalletsAndNonePreferred_isAConflictAskingForAWallet() {
        answer(new PayResult.ChooseWallet());

        assertProblem(pay(null, "key-14"), 409, "wallet-not-chosen", pay);
    }

    @Test
    void aPaymentTheRiskRulesStepUp_isA403NamingTheCheck_asTheApiAlwaysNamedIt() {
        answer(new PayResult.VerificationRequired(StepUpFactor.FACE, new RiskAlertId(UUID.randomUUID())));

        JsonNode problem = assertProblem(pay(null, "key-20"), 403, "verification-required", pay);

        assertThat(problem.path("factor").asText()).isEqualTo("FACE_CHECK");
    }

    @Test
    void aDeviceTrustedOnlyRecently_isA403NamingTheWalletAppsApprovalPage_andWhereItsAnswerComesBackOnTheHostCalled() {
        URI approvalPage = URI.create("http://localhost/mock-wallet/alipay/authorize/req-1");
        URI returnTo = URI.create("http://localhost/api/v1/wallet-reconfirmations/ALIPAY/return");
        answer(new PayResult.ReconfirmWallet(approvalPage, returnTo));

        JsonNode problem = assertProblem(pay(null, "key-21"), 403, "wallet-reconfirmation-required", pay);

        assertThat(problem.path("links").path("approve").asText()).isEqualTo(approvalPage.toString());
        assertThat(problem.path("links").path("returnTo").asText()).isEqualTo(returnTo.toString());
        URI returnUrl = paid.get().reconfirmationReturn().of(WalletProvider.ALIPAY);
        assertThat(returnUrl.getHost()).isEqualTo("localhost");
        assertThat(returnUrl.getPath()).isEqualTo("/api/v1/wallet-reconfirmations/ALIPAY/return");
    }

    @Test
    void payingAgainWhileThePaymentWaitsInTheWalletApp_answersThatPaymentWithItsOwnAmountAndPoints() {
        PaymentAmount startedWith = new PaymentAmount(Money.ofYuan(2_498, 99), 0);
        answer(new PayResult.GoToWallet(paymentId, Fixtures.walletPage(), startedWith));

        JsonNode again = pay("{\"pointsToSpend\":500}", "key-1b").json();

        assertThat(again.path("paymentId").asText()).isEqualTo(paymentId.toString());
        assertThat(again.path("amount").toString()).isEqualTo("{\"fen\":249899,\"display\":\"¥2,498.99\"}");
        assertThat(again.path("pointsSpent").asLong()).as("the points it started with").isZero();
    }

    @Test
    void aWalletIdThatIsNoUuidIsA400Problem() {
        JsonNode problem = assertProblem(pay("{\"walletId\":\"alipay\"}", "key-4"), 400, "invalid-request", pay);

        assertThat(problem.path("errors").toString()).isEqualTo("[{\"field\":\"walletId\",\"code\":\"format.uuid\"}]");
        assertThat(paid).hasValue(null);
    }

    @Test
    void negativePointsToSpendAreA400Problem_notQuietlyNone() {
        JsonNode problem = assertProblem(pay("{\"pointsToSpend\":-5}", "key-4b"), 400, "invalid-request", pay);

        assertThat(problem.path("errors").toString()).isEqualTo("[{\"field\":\"pointsToSpend\",\"code\":\"range\"}]");
        assertThat(paid).hasValue(null);
    }

    @Test
    void anUnansweredProviderIs202WithThePaymentToFollow() {
        answer(new PayResult.Confirming(paymentId, charge));

        ApiTestServer.Reply reply = pay(null, "key-5");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/payments/" + paymentId);
        assertThat(reply.json().path("status").asText()).isEqualTo("UNKNOWN");
        assertThat(reply.json().path("redirectUrl").isNull()).isTrue();
        assertThat(reply.json().path("amount").path("display").asText()).isEqualTo("¥2,493.99");
        assertThat(reply.json().path("pointsSpent").asLong()).isEqualTo(500);
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

    }

    @Test
    void payingNeedsAnIdempotencyKey() {
        assertProblem(pay(null, null), 400, "idempotency-key-missing", pay);
        assertThat(paid).hasValue(null);
    }

    @Test
    void anOrderThatIsNotTheCustomersOrNoOrderIdIsA404Problem() {
        answer(new PayResult.NoSuchOrder());
        String other = "/api/v1/orders/" + UUID.randomUUID() + "/payments";
        assertProblem(api.send("POST", other, null, "Authorization", bearer, "Idempotency-Key", "k"), 404,
                "order-not-found", other);
        paid.set(null);
        String malformed = "/api/v1/orders/xyz/payments";
        assertProblem(api.send("POST", malformed, null, "Authorization", bearer, "Idempotency-Key", "k"), 404,
                "order-not-found", malformed);
        assertThat(paid).as("an id that is no id never reaches the use case").hasValue(null);
    }

    @Test
    void aPaymentShowsItsStatusReasonOrderNumberAmountAndProvider() {
        PaymentView failed = Fixtures.payment(order, PaymentStatus.FAILED,
                Optional.of(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED));
        api.fakes.viewPayment = (customer, id, wait) -> id.equals(failed.id()) ? Optional.of(failed) : Optional.empty();

        ApiTestServer.Reply reply = api.get("/api/v1/payments/" + failed.id(), "Authorization", bearer);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode json = reply.json();
        assertThat(json.path("status").asText()).isEqualTo("FAILED");
        assertThat(json.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(json.path("failureReason").asText()).isEqualTo("payment-password-locked");
        assertThat(json.path("orderNumber").asText()).isEqualTo(order.number().value());
        assertThat(json.path("amount").toString()).isEqualTo("{\"fen\":249899,\"display\":\"¥2,498.99\"}");
        assertThat(json.path("provider").asText()).isEqualTo("ALIPAY");
        assertThat(json.path("redirectUrl").isNull()).isTrue();
        assertThat(json.path("price").isNull()).as("a view that keeps no prices").isTrue();
    }

    @Test
    void preferWait_asksTheUseCaseToWaitThatLong_cappedAtTenSeconds_andSaysSo() {
        PaymentView confirming = Fixtures.payment(order, PaymentStatus.AWAITING_CONFIRMATION, Optional.empty());
        AtomicReference<Duration> askedToWait = new AtomicReference<>();
        api.fakes.viewPayment = (customer, id, wait) -> {
            askedToWait.set(wait);
            return Optional.of(confirming);
        };
        String path = "/api/v1/payments/" + confirming.id();

        ApiTestServer.Reply waited = api.get(path, "Authorization", bearer, "Prefer", "respond-async, wait=5");
        assertThat(waited.status()).isEqualTo(200);
        assertThat(askedToWait).hasValue(Duration.ofSeconds(5));
        assertThat(waited.header("Preference-Applied")).isEqualTo("wait=5");

        api.get(path, "Authorization", bearer, "Prefer", "wait=600");
        assertThat(askedToWait).hasValue(Duration.ofSeconds(10));

        ApiTestServer.Reply plain = api.get(path, "Authorization", bearer);
        assertThat(askedToWait).hasValue(Duration.ZERO);
        assertThat(plain.header("Preference-Applied")).isNull();

        api.get(path, "Authorization", bearer, "Prefer", "wait=soon");
        assertThat(askedToWait).hasValue(Duration.ZERO);
    }

    @Test
    void aPaymentTheStoreClosedAsItsWalletWasUnbound_saysSoAsItsOutcome_asThePagesDo() {
        Payment waiting = Payment.create(new PaymentId(UUID.randomUUID()), order.id(), order.number(),
                order.customerId(), new BindingId(UUID.randomUUID()), WalletProvider.ALIPAY, order.total(),
                FakeInPorts.NOW);
        waiting.awaitConfirmation("http://localhost/mock-wallet/pay/abc", FakeInPorts.NOW);
        waiting.withdraw(Withdrawal.WALLET_UNBOUND, FakeInPorts.NOW.plusSeconds(30));
        waiting.closedAtProvider(FakeInPorts.NOW.plusSeconds(31));
        PaymentView closed = PaymentView.of(waiting);
        api.fakes.viewPayment = (customer, id, wait) -> id.equals(closed.id()) ? Optional.of(closed) : Optional.empty();

        JsonNode json = api.get("/api/v1/payments/" + closed.id(), "Authorization", bearer).json();

        assertThat(json.path("status").asText()).isEqualTo("CLOSED");
        assertThat(json.path("outcome").asText()).isEqualTo("WALLET_UNBOUND").isEqualTo(closed.lastWord());
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
