package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.acceptance.browser.MovableClock;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.SecurityEventKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Changing phones, for an app: the first payment through the JSON API from a device trusted with a code today is
 * refused with a link to the wallet app's approval page; the customer types the payment password there, the app
 * brings the wallet app's answer back to the API, and paying again goes ahead to the wallet app. Refusing there pays
 * nothing, and the next payment asks again. The demo customer 李雷 binds Alipay on the shop's pages of their first
 * phone; everything else is over HTTP as an app does it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiWalletReconfirmationTest {

    private static final String PHONE = LiLeiOverHttp.PHONE;
    private static final String PASSWORD = LiLeiOverHttp.PASSWORD;
    private static final String PAYMENT_PASSWORD = LiLeiOverHttp.PAYMENT_PASSWORD;

    private final MovableClock clock = new MovableClock();
    private HexmallApplication hexmall;
    private HttpShopper newPhone;

    @BeforeAll
    void liLeiBindsAlipayOnTheirFirstPhone_thenLogsInToTheAppOnANewOne() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:api-reconfirm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), clock,
                LightPasswordHashing.HASHER);
        LiLeiOverHttp.bindsAlipayOnTheirFirstPhone(hexmall);
        clock.moveOn(Duration.ofMinutes(2)); // the phone takes one code a minute

        newPhone = client();
        assertThat(newPhone.tryToLogInToApi(PHONE, PASSWORD, 401).path("code").asText())
                .isEqualTo("new-device-code-required");
        newPhone.enterNewDeviceCode(latestCode(), true, 201);
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void theFirstPaymentFromTheNewPhone_linksToTheWalletApp_andOnceApprovedThere_payingGoesAhead() {
        String order = settledOrder();

        JsonNode refused = pay(order, "pay-" + order, 403);

        assertThat(refused.path("code").asText()).isEqualTo("wallet-reconfirmation-required");
        URI approvalPage = URI.create(refused.path("links").path("approve").asText());
        assertThat(newPhone.page(approvalPage.getPath()))
                .contains("hexmall asks you to confirm your Alipay binding on a new device");
        URI answer = newPhone.submit(approvalPage.getPath(), approvalPage.getPath() + "/approve",
                Map.of("paymentPassword", PAYMENT_PASSWORD));
        assertThat(answer.getPath()).isEqualTo("/api/v1/wallet-reconfirmations/ALIPAY/return");

        JsonNode confirmed = newPhone.api("GET", answer.getPath() + "?" + answer.getRawQuery(), null, null, 200);

        assertThat(confirmed.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.path("orderId").asText()).isEqualTo(order);
        assertThat(confirmed.path("links").path("pay").asText()).isEqualTo("/api/v1/orders/" + order + "/payments");
        assertThat(newPhone.api("GET", answer.getPath() + "?" + answer.getRawQuery(), null, null, 400)
                .path("code").asText()).as("an answer is taken once").isEqualTo("wallet-answer-untrusted");
        // The customer's activity names where the app brought the answer back from, as for the shop's pages.
        CustomerId liLei = hexmall.storage().customers().findByPhone(PhoneNumber.parse(PHONE)).orElseThrow().id();
        assertThat(hexmall.storage().securityEvents().newestFirst(liLei, 1, 1).items().getFirst())
                .satisfies(event -> assertThat(event.kind()).isEqualTo(SecurityEventKind.WALLET_RECONFIRMED))
                .satisfies(event -> assertThat(event.clientAddress()).matches("127\\.0\\.0\\.1|\\[?[0:]+1]?"));

        JsonNode started = pay(order, "pay-" + order, 201);
        assertThat(started.path("status").asText()).isEqualTo("AWAITING_CONFIRMATION");
        String walletApp = URI.create(started.path("redirectUrl").asText()).getPath();
        newPhone.submit(walletApp, walletApp + "/pay", Map.of("paymentPassword", PAYMENT_PASSWORD));
        assertThat(paymentOnceChanged(started.path("paymentId").asText())).isEqualTo("SUCCEEDED");

        String next = settledOrder();
        assertThat(pay(next, "pay-" + next, 201).path("status").asText())
                .as("the wallet is not asked about again on this phone").isEqualTo("AWAITING_CONFIRMATION");
    }

    /** The payment's status once it is no longer waiting in the wallet app, asking with {@code Prefer: wait}. */
    private String paymentOnceChanged(String payment) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String status;
        do {
            status = newPhone.api("GET", "/api/v1/payments/" + payment, null, null, 200, Map.of("Prefer", "wait=5"))
                    .path("status").asText();
        } while (status.equals("AWAITING_CONFIRMATION") && System.nanoTime() < deadline);
        return status;
    }

    private String settledOrder() {
        return LiLeiOverHttp.settledOrder(newPhone);
    }

    private JsonNode pay(String order, String key, int expectedStatus) {
        return newPhone.api("POST", "/api/v1/orders/" + order + "/payments", null, key, expectedStatus);
    }

    private HttpShopper client() {
        return new HttpShopper(URI.create(hexmall.baseUrl()));
    }

    private String latestCode() {
        return LiLeiOverHttp.latestCode(hexmall);
    }
}
