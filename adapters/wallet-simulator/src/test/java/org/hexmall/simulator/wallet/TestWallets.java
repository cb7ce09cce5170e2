package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.UUID;
import java.util.stream.Collectors;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.hexmall.simulator.wallet.api.AuthorizationAnswer;
import org.hexmall.simulator.wallet.api.PaymentAnswer;
import org.hexmall.simulator.wallet.api.ProviderSecrets;
import org.hexmall.simulator.wallet.notification.ParameterSignature;
import org.hexmall.simulator.wallet.storage.SimulatorStore;

/**
 * What the wallet simulator's tests share: secrets, a fixed clock, fast timings, known accounts, and the store's
 * part in a conversation with a provider, played through the providers' API as the store's gateway plays it.
 */
public final class TestWallets {

    public static final ProviderSecrets SECRETS = ProviderSecrets.derivedFrom("the tests' wallet simulator secret");
    public static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** A slow provider answers after 50 ms; notifications are retried three times, 20 ms apart. */
    public static final SimulatorTimings FAST = new SimulatorTimings(Duration.ofMillis(50),
            List.of(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(20)), Duration.ofSeconds(2));

    public static final WalletAccountIdentifier LI_LEI_PHONE = phone("13800000001");
    public static final WalletAccountIdentifier HAN_MEIMEI_PHONE = phone("13800000002");
    public static final URI RETURN_URL = URI.create("https://hexmall.test/account/payment-methods/wallet-return");
    /** Where the store has the customer come back after paying. */
    public static final URI PAY_RETURN_URL = URI.create("https://hexmall.test/orders/261122045584/paid");
    public static final String ORDER_NUMBER = "2611 2204 5584";

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

    /** The store asks to bind the account; returns the id of the approval page the customer is sent to. */
    public static String requestBinding(WalletSimulator simulator, WalletProvider provider,
                                        WalletAccountIdentifier account) {
        var page = (AuthorizationAnswer.AuthorizationPage) simulator.providerApi()
                .requestAuthorization(provider, account, "binding-1", RETURN_URL).join();
        return lastSegmentOf(page.url());
    }

    /**
     * Binds the account as the store and the customer would: the store asks, the customer approves with the
     * payment password. Returns the agreement's token, which the store charges under.
     */
    public static String agreementFor(WalletSimulator simulator, WalletProvider provider,
                                      WalletAccountIdentifier account, String paymentPassword) {
        var approved = (Approval.Approved) simulator.agreements().approve(provider, requestBinding(simulator,
                provider, account),
                paymentPassword);
        return queryOf(approved.backToStore()).get("agreement_token");
    }

    /** The store asks for a payment of that many fen under the agreement; returns the id of its pay page. */
    public static String payPageFor(WalletSimulator simulator, WalletProvider provider, String agreement,
                                    PaymentId payment, long amountFen) {
        var page = (PaymentAnswer.PayPage) simulator.providerApi()
                .createPayment(provider, agreement, payment, ORDER_NUMBER, amountFen, PAY_RETURN_URL).join();
        return lastSegmentOf(page.url());
    }

    public static PaymentId newPaymentId() {
        return new PaymentId(UUID.randomUUID());
    }

    /** The last segment of a page's address: the provider's own id of the request or payment. */
    public static String lastSegmentOf(URI page) {
        String path = page.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The parameters as the store's return handler reads them from the URL. */
    public static Map<String, String> queryOf(URI url) {
        return Arrays.stream(url.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1])));
    }

    /** The parameters of the URL, once checked to be signed with the provider's secret, as the store checks them. */
    public static Map<String, String> signedQueryOf(WalletProvider provider, URI url) {
        return signed(provider, queryOf(url));
    }

    /** The message, once checked to be signed with the provider's secret, as the store checks it. */
    public static Map<String, String> signed(WalletProvider provider, Map<String, String> message) {
        assertThat(message.get(ParameterSignature.SIGN)).as("the provider's signature")
                .isEqualTo(ParameterSignature.sign(SECRETS, provider, message));
        return message;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
