package org.hexmall.bootstrap;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.hexmall.adapter.out.face.simulated.SimulatedFaceCheckGateway;
import org.hexmall.adapter.out.sms.simulated.SimulatedSmsGateway;
import org.hexmall.adapter.out.wallet.simulated.SimulatedWalletGateway;
import org.hexmall.simulator.face.FaceCheckSimulator;
import org.hexmall.simulator.face.FaceCheckStore;
import org.hexmall.simulator.sms.SmsOutbox;
import org.hexmall.simulator.wallet.SimulatorTimings;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.api.ProviderSecrets;
import org.hexmall.simulator.wallet.storage.SimulatorStore;

/**
 * The SIMULATED wallet providers, phone network and face-check service that stand in for WeChat Pay, Alipay, JD Pay,
 * UnionPay QuickPass and the carriers, and the store's gateways to them (see docs/adr/0007). The
 * simulators keep their own tables in the store's database when there is one, and live in memory otherwise.
 */
record Simulators(WalletSimulator wallets, SimulatedWalletGateway walletGateway, SmsOutbox phones,
                  SimulatedSmsGateway sms, FaceCheckSimulator faces, SimulatedFaceCheckGateway faceCheck)
        implements AutoCloseable {

    /** How long the store waits for a provider before telling the customer it cannot be reached. */
    static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(3);

    /**
     * Each provider's real notification schedule, with hours running as minutes, so that a demo can watch
     * the retries of a notification the store did not acknowledge.
     */
    private static final SimulatorTimings DEMO_TIMINGS = SimulatorTimings.realSchedules(1.0 / 60);

    static Simulators start(PersistenceAdapters store, String providerSecret, Clock clock, ZoneId storeZone) {
        boolean migrated = store.migrated();
        SimulatorStore walletStore = store.dataSource()
                .map(migrated ? SimulatorStore::onMigratedDatabase : SimulatorStore::onDatabase)
                .orElseGet(SimulatorStore::inMemory);
        SmsOutbox outbox = store.dataSource().map(migrated ? SmsOutbox::onMigratedDatabase : SmsOutbox::onDatabase)
                .orElseGet(SmsOutbox::inMemory);
        ProviderSecrets secrets = ProviderSecrets.derivedFrom(providerSecret);
        var wallets = new WalletSimulator(walletStore, secrets, clock, DEMO_TIMINGS);
        var walletGateway = new SimulatedWalletGateway(wallets.providerApi(), secrets, PROVIDER_TIMEOUT);
        var faces = new FaceCheckSimulator(store.dataSource()
                .map(migrated ? FaceCheckStore::onMigratedDatabase : FaceCheckStore::onDatabase)
                .orElseGet(FaceCheckStore::inMemory), clock);
        return new Simulators(wallets, walletGateway, outbox, new SimulatedSmsGateway(outbox, clock, storeZone), faces,
                new SimulatedFaceCheckGateway(faces));
    }

    /**
     * The providers send their notifications here, once the server knows its port; over HTTPS, trusting the
     * certificates {@code storeTrust} trusts rather than the JDK's authorities.
     */
    void notifyStoreAt(URI storeBaseUrl, Optional<SSLContext> storeTrust) {
        wallets.notifications().setStoreBaseUrl(storeBaseUrl, storeTrust);
    }

    @Override
    public void close() {
        wallets.close();
    }
}
