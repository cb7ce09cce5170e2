package org.hexmall.adapter.out.wallet.mock;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;

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
}
