package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.refund.ApprovalPolicy;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A payment's page opened again once things moved on (H2, demo data): a customer who kept its address, or comes back
 * to it from their history, reads what became of the payment and its order, not what no longer holds; and a form sent
 * again once it no longer applies says why. Agents here refund a whole order alone, without a supervisor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentPagesOpenedAgainTest {


    private HexmallApplication hexmall;
    private HttpShopper liLei;

    @BeforeAll
    void startHexmall_andLiLeiBindsAlipay() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                        .withDatabaseUrl("jdbc:h2:mem:payment-pages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                        .withRefundApproval(new ApprovalPolicy(Money.ofYuan(1_000_000, 0), 100, Duration.ofDays(3650))),
                Clock.systemUTC(), LightPasswordHashing.HASHER);
        liLei = LiLeiOverHttp.bindsAlipayOnTheirFirstPhone(hexmall);
        liLei.logInToApi(LiLeiOverHttp.PHONE, LiLeiOverHttp.PASSWORD);
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void aFailedPaymentsPage_saysItsOrderHasBeenPaidSince_onceAnotherPaymentPaidIt() {
        String order = LiLeiOverHttp.settledOrder(liLei);
        alipayFault("PROVIDER_DOWN");
        JsonNode failed = liLei.api("POST", "/api/v1/orders/" + order + "/payments", null,
                UUID.randomUUID().toString(), 402);
        String failedPage = "/payments/" + failed.path("paymentId").asText() + "/failed";
        assertThat(liLei.page(failedPage)).as("while the order can still be paid")
                .contains("is still waiting for payment");

        alipayFault("NONE");
        paysInTheWalletApp(order);

        assertThat(liLei.page(failedPage))
                .contains("Nothing was charged by this attempt.", "has been paid since, by another payment")
                .doesNotContain("has closed meanwhile", "can no longer be paid");
    }

    @Test
    void aPaymentRefundedInFull_saysItsMoneyWentBack_notThatItConfirmsTheOrder() {
        PaidOrder paid = paidOrder();
        String order = paid.order();
        String paymentPage = "/payments/" + paid.payment() + "/success";
        assertThat(liLei.page(paymentPage)).contains("Your order is confirmed.");

        HttpShopper agent = new HttpShopper(URI.create(hexmall.baseUrl()));
        agent.submit("/admin/login", Map.of("username", "agent", "password", "agent-pass-1"));
        agent.submit("/admin/orders/" + order + "/refund", "/admin/orders/" + order + "/refunds",
                Map.of("quantity-0", "1", "category", "DAMAGED", "note", "Arrived broken"));

        String page = liLei.page(paymentPage);
        assertThat(page).contains("Payment refunded", "has gone back to your Alipay wallet in full")
                .doesNotContain("Your order is confirmed.");
    }

    @Test
    void anAfterSalesRequestSentAgain_onceNothingIsLeftToAskFor_saysSo() {
        String orderPage = "/orders/" + paidOrder().order();
        Map<String, String> everything = Map.of("quantity-0", "1", "category", "DAMAGED", "note", "Arrived broken");
        liLei.submit(orderPage, orderPage + "/after-sales", everything);

        // The form sent twice: a double click, or the page reloaded from before the first request.
        String answer = liLei.submitAnswered(orderPage, orderPage + "/after-sales", everything, 409);

        assertThat(answer).contains("there is nothing left to ask a refund for");
    }

    /** An order and the payment that paid it, by their ids. */
    private record PaidOrder(String order, String payment) {
    }

    /** An order of the first product, paid with Alipay in the wallet app. */
    private PaidOrder paidOrder() {
        String order = LiLeiOverHttp.settledOrder(liLei);
        return new PaidOrder(order, paysInTheWalletApp(order));
    }

    /** Pays the order with Alipay, confirmed in the wallet app with the payment password: the payment's id. */
    private String paysInTheWalletApp(String order) {
        JsonNode started = liLei.api("POST", "/api/v1/orders/" + order + "/payments", null,
                UUID.randomUUID().toString(), 201);
        String walletApp = URI.create(started.path("redirectUrl").asText()).getPath();
        liLei.submit(walletApp, walletApp + "/pay", Map.of("paymentPassword", LiLeiOverHttp.PAYMENT_PASSWORD));
        return started.path("paymentId").asText();
    }

    private void alipayFault(String fault) {
        new HttpShopper(URI.create(hexmall.baseUrl())).submit("/mock-wallet", "/mock-wallet/faults",
                Map.of("provider", "alipay", "fault", fault));
    }
}
