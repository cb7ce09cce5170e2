package org.hexmall.adapter.out.wallet.mock;

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
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/** What the wallet simulator's tests share: secrets, a fixed clock, fast timings, known accounts. */
public final class TestWallets {

    public static final ProviderSecrets SECRETS = ProviderSecrets.derivedFrom("the tests' wallet simulator secret");
    public static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** The gateway's timeout in tests; a slow provider answers well within it. */
    public static final Duration GATEWAY_TIMEOUT = Duration.ofMillis(200);
    public static final SimulatorTimings FAST = new SimulatorTimings(Duration.ofMillis(50),
            List.of(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(20)), Duration.ofSeconds(2));

    public static final WalletAccountIdentifier LI_LEI_PHONE = phone("13800000001");
    public static final WalletAccountIdentifier HAN_MEIMEI_PHONE = phone("13800000002");
    public static final URI RETURN_URL = URI.create("https://hexmall.test/account/payment-methods/wallet-return");
    /** Where the store has the customer come back after paying. */
    public static final URI PAY_RETURN_URL = URI.create("https://hexmall.test/orders/261122045584/paid");

    private TestWallets() {
    }

    public static WalletAccountIdentifier phone(String digits) {
        return new WalletAccountIdentifier(IdentifierKind.PHONE, digits);
    }

    /** A simulator in memory with fast timings. Close it after the test. */
    public static WalletSimulator simulator() {
        return simulator(CLOCK);
    }

    /** The same, on a clock of the test's own, such as a {@link TestClock} that it moves on. */
    public static WalletSimulator simulator(Clock clock) {
        return new WalletSimulator(SimulatorStore.inMemory(), SECRETS, clock, FAST);
    }

    /**
     * Binds the account as the store and the customer would: the store asks, the customer approves with the
     * payment password. Returns the agreement's token, which the store charges under.
     */
    public static String agreementFor(WalletSimulator simulator, WalletProvider provider,
                                      WalletAccountIdentifier account, String paymentPassword) {
        var page = (ProviderAnswer.AuthorizationPage) simulator
                .requestAuthorization(provider, account, "binding-1", RETURN_URL).join();
        String path = page.url().getPath();
        var approved = (Approval.Approved) simulator.approve(provider, path.substring(path.lastIndexOf('/') + 1),
                paymentPassword);
        return queryOf(approved.backToStore()).get("agreement_token");
    }

    /** The last segment of a pay page's address: the provider's own id of the payment. */
    public static String pageIdOf(URI payPage) {
        String path = payPage.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The parameters as the store's return handler reads them from the URL. */
    public static Map<String, String> queryOf(URI url) {
        return Arrays.stream(url.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1])));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
