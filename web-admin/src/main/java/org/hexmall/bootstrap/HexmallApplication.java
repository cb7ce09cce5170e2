package org.hexmall.bootstrap;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.hexmall.adapter.out.crypto.AesGcmFieldCipher;
import org.hexmall.adapter.out.crypto.Argon2PasswordHasher;
import org.hexmall.adapter.out.crypto.FieldKey;
import org.hexmall.adapter.out.crypto.HmacSecretHasher;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.adapter.out.wallet.mock.WalletSimulator;
import org.hexmall.application.service.checkout.CheckoutSettings;
import org.hexmall.application.service.payment.PaymentSettings;
import org.hexmall.application.service.wallet.WalletBindingSettings;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.wallet.BindingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every adapter and use case by hand, in plain sight, and starts the
 * server. Nothing else in hexmall knows which adapters were chosen.
 */
public final class HexmallApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HexmallApplication.class);
    /** How often reconciliation looks for payments whose next check with the provider is due. */
    private static final Duration RECONCILIATION_PASS = Duration.ofSeconds(5);

    private final Javalin server;
    private final PersistenceAdapters persistence;
    private final Simulators simulators;
    private final ScheduledExecutorService housekeeping;

    private HexmallApplication(Javalin server, PersistenceAdapters persistence, Simulators simulators,
                               ScheduledExecutorService housekeeping) {
        this.server = server;
        this.persistence = persistence;
        this.simulators = simulators;
        this.housekeeping = housekeeping;
    }

    public static HexmallApplication start(HexmallConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** Starts hexmall on the given clock, which tests move to make time pass. */
    public static HexmallApplication start(HexmallConfig config, Clock clock) {
        return start(config, clock, Optional.empty());
    }

    /**
     * Starts hexmall with every round trip to its database counted by {@code roundTrips}, for the checkout benchmark
     * and the round-trip budget test. With in-memory persistence there is no database, and nothing to count.
     */
    public static HexmallApplication start(HexmallConfig config, Clock clock, RoundTripCounter roundTrips) {
        return start(config, clock, Optional.of(roundTrips));
    }

    private static HexmallApplication start(HexmallConfig config, Clock clock, Optional<RoundTripCounter> roundTrips) {
        long startNanos = System.nanoTime();
        FieldKey fieldKey = FieldKeys.choose(config);
        var tokens = new SecureRandomTokens();
        PersistenceAdapters persistence = PersistenceAdapters.of(config, new AesGcmFieldCipher(fieldKey),
                roundTrips);
        Simulators simulators = null;
        try {
            simulators = Simulators.start(persistence, config.simulatorSecret().orElseGet(tokens::token), clock);
            LoginLockoutPolicy lockoutPolicy = LoginLockoutPolicy.STANDARD;
            UseCases useCases = UseCases.wire(persistence,
                    new UseCases.DrivenAdapters(new Argon2PasswordHasher(), tokens, new HmacSecretHasher(fieldKey),
                            simulators.sms(), simulators.walletGateway()),
                    lockoutPolicy,
                    WalletBindingSettings.STANDARD.withBindingPolicy(new BindingPolicy(config.maxWallets())),
                    new CheckoutSettings(config.unpaidOrderTimeout()),
                    PaymentSettings.STANDARD.withStoreZone(config.timeZone()),
                    clock);
            if (config.demoData()) {
                DemoData.seed(useCases.registerCustomer(), useCases.registerAgent(), simulators.wallets());
                useCases.stockProducts().stock(DemoCatalog.products());
            }
            Javalin server = new WebServer(config, useCases, simulators, lockoutPolicy.lockDuration())
                    .create().start(config.port());
            var application = new HexmallApplication(server, persistence, simulators, startHousekeeping(useCases));
            simulators.notifyStoreAt(URI.create(application.baseUrl()));
            LOG.info("hexmall started at {} in {} ms ({} persistence{})", application.baseUrl(),
                    (System.nanoTime() - startNanos) / 1_000_000, config.persistence().name().toLowerCase(),
                    config.demoData() ? ", demo data" : "");
            return application;
        } catch (RuntimeException startFailed) {
            if (simulators != null) {
                simulators.close();
            }
            closeQuietly(persistence);
            throw startFailed;
        }
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /**
     * The SIMULATED wallet providers this instance runs, for a benchmark or demo that drives them as the providers'
     * own side would (opening accounts, confirming payments automatically).
     */
    public WalletSimulator walletSimulator() {
        return simulators.wallets();
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        simulators.close();
        server.stop();
        closeQuietly(persistence);
        LOG.info("hexmall stopped");
    }

    /** Regular chores: forget ended sessions and old nonces, expire unfinished bindings, close unpaid orders. */
    private static ScheduledExecutorService startHousekeeping(UseCases useCases) {
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("hexmall-housekeeping").daemon(true).factory());
        every(housekeeping, 5, "ended sessions purged", () -> useCases.purgeEndedSessions().purge());
        every(housekeeping, 1, "unfinished wallet bindings expired", () -> useCases.expireStaleBindings().expire());
        every(housekeeping, 10, "old provider nonces forgotten", () -> useCases.forgetExpiredNonces().forget());
        every(housekeeping, 1, "unpaid orders closed", () -> useCases.closeOverdueOrders().close());
        every(housekeeping, 60, "old idempotency keys forgotten",
                () -> useCases.forgetExpiredIdempotencyKeys().forgetExpired());
        // Often, so that a customer waiting on the "confirming your payment" page is not kept waiting:
        // the pass itself only asks about payments whose next check is due.
        housekeeping.scheduleWithFixedDelay(() -> run("payments reconciled", () -> useCases.reconcilePayments().reconcile()),
                RECONCILIATION_PASS.toMillis(), RECONCILIATION_PASS.toMillis(), TimeUnit.MILLISECONDS);
        return housekeeping;
    }

    private static void every(ScheduledExecutorService housekeeping, long minutes, String what, IntSupplier chore) {
        housekeeping.scheduleWithFixedDelay(() -> run(what, chore), minutes, minutes, TimeUnit.MINUTES);
    }

    private static void run(String what, IntSupplier chore) {
        try {
            LOG.debug("{}: {}", what, chore.getAsInt());
        } catch (RuntimeException choreFailed) {
            LOG.warn("Housekeeping failed ({}); will try again", what, choreFailed);
        }
    }

    private static void closeQuietly(PersistenceAdapters persistence) {
        try {
            persistence.resources().close();
        } catch (Exception closeFailed) {
            LOG.warn("Could not close the database connections cleanly", closeFailed);
        }
    }
}
