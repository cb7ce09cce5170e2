package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.acceptance.browser.MovableClock;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.risk.RiskSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An app paying for a held customer: once the risk rules have blocked a payment, the account is held, and paying
 * through the JSON API after the rule's own window has passed is refused with 403 {@code risk-hold}, a problem that
 * says why and what to do, and no payment made. The demo customer 李雷 binds Alipay on the shop's pages of their
 * first phone, which the app then uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRiskHoldTest {

    private static final String PHONE = "13800000001";
    private static final String PASSWORD = "demo-pass-1";
    private static final String PAYMENT_PASSWORD = "135790";
    private static final Pattern TEXTED_CODE = Pattern.compile("verification code is (\\d{6})");
    /** One payment in ten minutes, so that the second is blocked. */
    private static final RiskSettings ONE_PAYMENT = RiskSettings.defaults()
            .withVelocity(1, 3, Duration.ofMinutes(10));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MovableClock clock = new MovableClock();
    private HexmallApplication hexmall;
    private HttpShopper phone;

    @BeforeAll
    void liLeiBindsAlipay_andLogsInToTheAppOnTheSamePhone() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0).withRisk(ONE_PAYMENT)
                .withDatabaseUrl("jdbc:h2:mem:api-risk-hold-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), clock);
        phone = new HttpShopper(URI.create(hexmall.baseUrl()));
        assertThat(phone.submit("/login", Map.of("login", PHONE, "password", PASSWORD)).getPath())
                .as("the account's first device, trusted without a code").doesNotStartWith("/login/device");
        URI codePage = phone.submit("/account/security/payment-methods/add/alipay", Map.of("account", PHONE));
        URI authorizationPage = phone.submit(codePage.getPath(), Map.of("code", latestCode()));
        URI back = phone.submit(authorizationPage.getPath(), authorizationPage.getPath() + "/approve",
                Map.of("paymentPassword", PAYMENT_PASSWORD));
        assertThat(phone.follow(back).getPath()).endsWith("/bound");
        clock.moveOn(Duration.ofMinutes(11)); // the binding leaves the velocity window
        phone.logInToApi(PHONE, PASSWORD);
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void onceABlockHoldsTheAccount_payingIsRefusedAsHeld_pastTheRulesWindow_andNoPaymentIsMade() throws IOException {
        String first = settledOrder();
        assertThat(JSON.readTree(pay(first, 201).body()).path("status").asText()).isEqualTo("AWAITING_CONFIRMATION");
        String blocked = settledOrder();
        assertThat(JSON.readTree(pay(blocked, 403).body()).path("code").asText())
                .as("the rules block the second payment in ten minutes").isEqualTo("payment-held-for-review");

        clock.moveOn(Duration.ofMinutes(11));
        String held = settledOrder();
        HttpResponse<String> refused = pay(held, 403);

        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(403);
        assertThat(problem.path("code").asText()).isEqualTo("risk-hold");
        assertThat(problem.path("type").asText()).isEqualTo("https://hexmall.example/problems/risk-hold");
        assertThat(problem.path("title").asText()).isEqualTo("Account on hold for its safety");
        assertThat(problem.path("detail").asText())
                .contains("placed a hold on the account's payments and wallet bindings for its safety")
                .contains("this payment was not made and nothing was charged")
                .contains("Contact customer service");
        for (String order : new String[] {blocked, held}) {
            JsonNode unpaid = phone.api("GET", "/api/v1/orders/" + order, null, null, 200);
            assertThat(unpaid.path("status").asText()).as(order).isEqualTo("AWAITING_PAYMENT");
            assertThat(unpaid.path("payments")).as("no payment of " + order).isEmpty();
        }
        assertThat(JSON.readTree(pay(blocked, 403).body()).path("code").asText())
                .as("the blocked order too is held now").isEqualTo("risk-hold");
    }

    private String settledOrder() {
        JsonNode products = phone.api("GET", "/api/v1/products", null, null, 200);
        String product = products.path("items").get(0).path("id").asText();
        phone.api("PUT", "/api/v1/cart/items/" + product, "{\"quantity\":1}", null, 200);
        return phone.api("POST", "/api/v1/orders", null, UUID.randomUUID().toString(), 201).path("id").asText();
    }

    private HttpResponse<String> pay(String order, int expectedStatus) {
        return phone.apiAnswer("POST", "/api/v1/orders/" + order + "/payments", null, UUID.randomUUID().toString(),
                expectedStatus, Map.of());
    }

    private String latestCode() {
        Matcher code = TEXTED_CODE.matcher(new HttpShopper(URI.create(hexmall.baseUrl())).page("/mock-phone/" + PHONE));
        assertThat(code.find()).as("a verification code on the simulated phone").isTrue();
        return code.group(1);
    }
}
