package org.hexmall.bootstrap;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.hexmall.adapter.out.sms.mock.SimulatedSmsGateway;
import org.hexmall.adapter.out.sms.mock.SmsOutbox;
import org.hexmall.adapter.out.wallet.mock.ProviderSecrets;
import org.hexmall.adapter.out.wallet.mock.SimulatedWalletGateway;
import org.hexmall.adapter.out.wallet.mock.SimulatorStore;
import org.hexmall.adapter.out.wallet.mock.SimulatorTimings;
import org.hexmall.adapter.out.wallet.mock.WalletSimulator;

/**
 * The SIMULATED wallet providers and SMS gateway that stand in for WeChat Pay, Alipay, JD Pay,
 * UnionPay QuickPass and the phone network (see docs/adr/0007). They keep their own tables in the
 * store's database when there is one, and live in memory otherwise.
 */
record Simulators(WalletSimulator wallets, SimulatedWalletGateway walletGateway, SimulatedSmsGateway sms)
        implements AutoCloseable {

    /** How long the store waits for a provider before telling the customer it cannot be reached. */
    static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(3);

    /**
     * Each provider's real notification schedule, with hours running as minutes, so that a demo can watch
     * the retries of a notification the store did not acknowledge.
     */
    private static final SimulatorTimings DEMO_TIMINGS = SimulatorTimings.realSchedules(1.0 / 60);

    static Simulators start(PersistenceAdapters store, String providerSecret, Clock clock) {
        SimulatorStore walletStore = store.dataSource().map(SimulatorStore::onDatabase)
                .orElseGet(SimulatorStore::inMemory);
        SmsOutbox outbox = store.dataSource().map(SmsOutbox::onDatabase).orElseGet(SmsOutbox::inMemory);
        ProviderSecrets secrets = ProviderSecrets.derivedFrom(providerSecret);
        var wallets = new WalletSimulator(walletStore, secrets, clock, DEMO_TIMINGS);
        return new Simulators(wallets, new SimulatedWalletGateway(wallets, secrets, PROVIDER_TIMEOUT),
                new SimulatedSmsGateway(outbox, clock));
    }

    /** The providers send their notifications here, once the server knows its port. */
    void notifyStoreAt(URI storeBaseUrl) {
        wallets.setStoreBaseUrl(storeBaseUrl);
    }

    @Override
    public void close() {
        wallets.close();
    }
}
