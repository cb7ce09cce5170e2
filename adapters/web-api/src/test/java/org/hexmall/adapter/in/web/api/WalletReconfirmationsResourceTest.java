package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hexmall.application.port.in.wallet.ReconfirmationResult;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.domain.wallet.WalletReconfirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wallet app's answer to a re-confirmation, brought back by an app with its token. */
class WalletReconfirmationsResourceTest {

    private static final String RETURN = "/api/v1/wallet-reconfirmations/ALIPAY/return?state=s-1&sign=abc";

    private final ApiTestServer api = new ApiTestServer();
    private final BindingId wallet = new BindingId(UUID.randomUUID());
    private final OrderId order = new OrderId(UUID.randomUUID());
    private final AtomicReference<Map<String, String>> received = new AtomicReference<>();
    private final AtomicReference<String> receivedFrom = new AtomicReference<>();
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
    void aConfirmedAnswer_saysSo_andLinksToPayingTheOrderAgain() {
        answer(new ReconfirmationResult.Reconfirmed(wallet, WalletReconfirmation.Purpose.PAYMENT, Optional.of(order)));

        ApiTestServer.Reply reply = api.get(RETURN, "Authorization", bearer);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(reply.json().path("walletId").asText()).isEqualTo(wallet.toString());
        assertThat(reply.json().path("orderId").asText()).isEqualTo(order.toString());
        assertThat(reply.json().path("links").path("pay").asText())
                .isEqualTo("/api/v1/orders/" + order + "/payments");
        assertThat(received.get()).isEqualTo(Map.of("state", "s-1", "sign", "abc"));
        // The re-confirmation in the customer's activity names the address the app came back from.
        assertThat(receivedFrom.get()).matches("127\\.0\\.0\\.1|\\[?[0:]+1]?");
    }

    @Test
    void aRefusal_saysNothingWasDone_andLinksNowhere() {
        answer(new ReconfirmationResult.Rejected(wallet, WalletReconfirmation.Purpose.PAYMENT, Optional.of(order)));

        ApiTestServer.Reply reply = api.get(RETURN, "Authorization", bearer);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void anAnswerTheStoreCannotTrust_orAnUnknownProvider_isA400Problem() {
        answer(new ReconfirmationResult.Untrusted("bad signature"));

        assertProblem(api.get(RETURN, "Authorization", bearer), 400, "wallet-answer-untrusted",
                "/api/v1/wallet-reconfirmations/ALIPAY/return");
        received.set(null);
        assertProblem(api.get("/api/v1/wallet-reconfirmations/NO_SUCH_WALLET/return?state=s", "Authorization", bearer),
                400, "wallet-answer-untrusted", "/api/v1/wallet-reconfirmations/NO_SUCH_WALLET/return");
        assertThat(received.get()).as("no provider to check a signature of").isNull();
    }

    @Test
    void aRepeatedParameter_isNotTheWalletAppsAnswer() {
        answer(new ReconfirmationResult.Untrusted("unsigned"));

        api.get(RETURN + "&state=s-2", "Authorization", bearer);

        assertThat(received.get()).doesNotContainKey("state");
    }

    @Test
    void withoutALogin_itIs401_andNothingIsTaken() {
        answer(new ReconfirmationResult.Untrusted("unexpected"));

        assertProblem(api.get(RETURN), 401, "unauthenticated", "/api/v1/wallet-reconfirmations/ALIPAY/return");
        assertThat(received.get()).isNull();
    }

    private void answer(ReconfirmationResult result) {
        api.fakes.completeReconfirmation = (customer, provider, parameters, address) -> {
            assertThat(customer).isEqualTo(Fixtures.LI_LEI);
            assertThat(provider).isEqualTo(WalletProvider.ALIPAY);
            received.set(parameters);
            receivedFrom.set(address);
            return result;
        };
    }
}
