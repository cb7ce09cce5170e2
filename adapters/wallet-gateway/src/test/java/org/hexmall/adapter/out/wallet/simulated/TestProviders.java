package org.hexmall.adapter.out.wallet.simulated;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hexmall.application.port.out.wallet.AuthorizationRequest;
import org.hexmall.application.port.out.wallet.AuthorizationStart;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.SimulatorTimings;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.hexmall.simulator.wallet.api.ProviderSecrets;
import org.hexmall.simulator.wallet.storage.SimulatorStore;

/** What the gateway's tests share: the simulated providers, their secrets, a fixed clock and known accounts. */
final class TestProviders {

    static final ProviderSecrets SECRETS = ProviderSecrets.derivedFrom("the tests' wallet simulator secret");
    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** The gateway's timeout in tests; a slow provider answers well within it. */
    static final Duration GATEWAY_TIMEOUT = Duration.ofMillis(200);
    /** A slow provider answers after 50 ms; notifications are retried three times, 20 ms apart. */
    static final SimulatorTimings FAST = new SimulatorTimings(Duration.ofMillis(50),
            List.of(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(20)), Duration.ofSeconds(2));

    static final WalletAccountIdentifier LI_LEI_PHONE = phone("13800000001");
    static final WalletAccountIdentifier HAN_MEIMEI_PHONE = phone("13800000002");
    static final URI RETURN_URL = URI.create("https://hexmall.test/account/payment-methods/wallet-return");
    static final URI PAY_RETURN_URL = URI.create("https://hexmall.test/orders/261122045584/paid");

    private TestProviders() {
    }

    static WalletAccountIdentifier phone(String digits) {
        return new WalletAccountIdentifier(IdentifierKind.PHONE, digits);
    }

    /** The simulated providers in memory with fast timings. Close them after the test. */
    static WalletSimulator simulator() {
        return new WalletSimulator(SimulatorStore.inMemory(), SECRETS, CLOCK, FAST);
    }

    static SimulatedWalletGateway gatewayTo(WalletSimulator simulator) {
        return new SimulatedWalletGateway(simulator.providerApi(), SECRETS, GATEWAY_TIMEOUT);
    }

    /**
     * Binds the account as the store and the customer would: the store asks, the customer approves with the
     * payment password, the store reads the signed approval. Returns the agreement's token.
     */
    static String agreementFor(WalletSimulator simulator, WalletProvider provider, WalletAccountIdentifier account,
                               String paymentPassword) {
        var gateway = gatewayTo(simulator);
        var page = (AuthorizationStart.RedirectCustomer) gateway.startAuthorization(
                new AuthorizationRequest(provider, account, "binding-1", RETURN_URL));
        var approved = (Approval.Approved) simulator.agreements().approve(provider, lastSegmentOf(page.url()),
                paymentPassword);
        return ((ProviderMessage.AuthorizationApproved) gateway.read(provider, queryOf(approved.backToStore())))
                .agreementToken();
    }

    /** The last segment of a page's address: the provider's own id of the request or payment. */
    static String lastSegmentOf(URI page) {
        String path = page.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The parameters as the store's return handler reads them from the URL. */
    static Map<String, String> queryOf(URI url) {
        return Arrays.stream(url.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1])));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
