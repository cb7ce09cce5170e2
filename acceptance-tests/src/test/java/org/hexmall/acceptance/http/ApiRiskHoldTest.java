package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.hexmall.acceptance.LightPasswordHashing;
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
                .withDatabaseUrl("jdbc:h2:mem:api-risk-hold-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), clock,
                LightPasswordHashing.HASHER);
        phone = LiLeiOverHttp.bindsAlipayOnTheirFirstPhone(hexmall);
        clock.moveOn(Duration.ofMinutes(11)); // the binding leaves the velocity window
        phone.logInToApi(LiLeiOverHttp.PHONE, LiLeiOverHttp.PASSWORD);
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void onceABlockHoldsTheAccount_payingIsRefusedAsHeld_pastTheRulesWindow_andNoPaymentIsMade() throws IOException {
        String first = LiLeiOverHttp.settledOrder(phone);
        assertThat(JSON.readTree(pay(first, 201).body()).path("status").asText()).isEqualTo("AWAITING_CONFIRMATION");
        String blocked = LiLeiOverHttp.settledOrder(phone);
        assertThat(JSON.readTree(pay(blocked, 403).body()).path("code").asText())
                .as("the rules block the second payment in ten minutes").isEqualTo("payment-held-for-review");

        clock.moveOn(Duration.ofMinutes(11));
        String held = LiLeiOverHttp.settledOrder(phone);
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

    private HttpResponse<String> pay(String order, int expectedStatus) {
        return phone.apiAnswer("POST", "/api/v1/orders/" + order + "/payments", null, UUID.randomUUID().toString(),
                expectedStatus, Map.of());
    }
}
