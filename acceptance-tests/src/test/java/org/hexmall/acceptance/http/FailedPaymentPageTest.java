package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The page of a failed payment, opened again once its order has moved on (H2, demo data): a customer who kept its
 * address, or comes back to it from their history, reads what became of the order, not an invitation that no longer
 * holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailedPaymentPageTest {

    private HexmallApplication hexmall;
    private HttpShopper liLei;

    @BeforeAll
    void startHexmall_andLiLeiBindsAlipay() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                        .withDatabaseUrl("jdbc:h2:mem:failed-payment-page-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
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
        JsonNode started = liLei.api("POST", "/api/v1/orders/" + order + "/payments", null,
                UUID.randomUUID().toString(), 201);
        String walletApp = URI.create(started.path("redirectUrl").asText()).getPath();
        liLei.submit(walletApp, walletApp + "/pay", Map.of("paymentPassword", LiLeiOverHttp.PAYMENT_PASSWORD));

        assertThat(liLei.page(failedPage))
                .contains("Nothing was charged by this attempt.", "has been paid since, by another payment")
                .doesNotContain("has closed meanwhile", "can no longer be paid");
    }

    private void alipayFault(String fault) {
        new HttpShopper(URI.create(hexmall.baseUrl())).submit("/mock-wallet", "/mock-wallet/faults",
                Map.of("provider", "alipay", "fault", fault));
    }
}
