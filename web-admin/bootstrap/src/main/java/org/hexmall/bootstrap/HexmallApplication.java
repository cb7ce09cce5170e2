package org.hexmall.bootstrap;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.hexmall.adapter.in.scheduler.Housekeeping;
import org.hexmall.adapter.out.crypto.AesGcmFieldCipher;
import org.hexmall.adapter.out.crypto.Argon2PasswordHasher;
import org.hexmall.adapter.out.crypto.FieldKey;
import org.hexmall.adapter.out.crypto.HmacSecretHasher;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.service.account.shared.LoginSettings;
import org.hexmall.application.service.checkout.shared.CheckoutSettings;
import org.hexmall.application.service.compensation.shared.CompensationPolicy;
import org.hexmall.application.service.payment.shared.PaymentSettings;
import org.hexmall.application.service.wallet.shared.WalletBindingSettings;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.wallet.BindingPolicy;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every adapter and use case by hand, in plain sight, and starts the
 * server. Nothing else in hexmall knows which adapters were chosen.
 */
public final class HexmallApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HexmallApplication.class);

    private final Javalin server;
    private final boolean https;
    private final PersistenceAdapters persistence;
    private final Simulators simulators;
    private final Housekeeping housekeeping;
    private final UseCases useCases;
    private final DemoHistoryInBackground demoHistory;

    private HexmallApplication(Javalin server, boolean https, PersistenceAdapters persistence, Simulators simulators,
                               Housekeeping housekeeping, UseCases useCases, DemoHistoryInBackground demoHistory) {
        this.server = server;
        this.https = https;
        this.persistence = persistence;
        this.simulators = simulators;
        this.housekeeping = housekeeping;
        this.useCases = useCases;
        this.demoHistory = demoHistory;
    }

    public static HexmallApplication start(HexmallConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** Starts hexmall on the given clock, which tests move to make time pass. */
    public static HexmallApplication start(HexmallConfig config, Clock clock) {
        return start(config, clock, Optional.empty(), new Argon2PasswordHasher());
    }

    /**
     * Starts hexmall on the given clock with passwords hashed by {@code passwords}, the Argon2id adapter at a lighter
     * cost, for browser tests that register and log in hundreds of times. Every other start hashes with OWASP's
     * parameters, and so do the demo accounts' hashes made ahead, which this start makes afresh at its own cost.
     */
    public static HexmallApplication start(HexmallConfig config, Clock clock, Argon2PasswordHasher passwords) {
        return start(config, clock, Optional.empty(), passwords);
    }

    /**
     * Starts hexmall with every round trip to its database counted by {@code roundTrips}, for the checkout benchmark
     * and the round-trip budget test. With in-memory persistence there is no database, and nothing to count. What each
     * request costs is also counted apart ({@link RoundTripCounter#servingSnapshot()}), without the housekeeping
     * passes that run meanwhile.
     */
    public static HexmallApplication start(HexmallConfig config, Clock clock, RoundTripCounter roundTrips) {
        return start(config, clock, Optional.of(roundTrips), new Argon2PasswordHasher());
    }

    private static HexmallApplication start(HexmallConfig config, Clock clock, Optional<RoundTripCounter> roundTrips,
                                            Argon2PasswordHasher passwords) {
        long startNanos = System.nanoTime();
        FieldKey fieldKey = FieldKeys.choose(config);
        var tokens = new SecureRandomTokens();
        boolean migrated = false;
        if (DatabaseTemplate.placeIfNew(config)) {
            migrated = DatabaseTemplate.madeFromTheseMigrations();
            LOG.debug("The new database {} begins from the packaged template, {}", config.databaseUrl(), migrated
                    ? "made from these very migrations" : "made from other migrations, which run on it");
        }
        PersistenceAdapters persistence = PersistenceAdapters.of(config, new AesGcmFieldCipher(fieldKey),
                roundTrips, migrated);
        long storageReadyNanos = System.nanoTime();
        Simulators simulators = null;
        try {
            simulators = Simulators.start(persistence, config.simulatorSecret().orElseGet(tokens::token), clock,
                    config.timeZone());
            LoginLockoutPolicy lockoutPolicy = LoginLockoutPolicy.STANDARD;
            var driven = new UseCases.DrivenAdapters(passwords, tokens, new HmacSecretHasher(fieldKey),
                    simulators.sms(), simulators.sms(), simulators.walletGateway(), simulators.faceCheck());
            var settings = new UseCases.Settings(lockoutPolicy,
                    WalletBindingSettings.STANDARD.withBindingPolicy(new BindingPolicy(config.maxWallets()))
                            .withReconfirmOnNewDevice(config.reconfirmOnNewDevice()),
                    new CheckoutSettings(config.unpaidOrderTimeout()),
                    PaymentSettings.STANDARD.withStoreZone(config.timeZone())
                            .withConfirmationWindow(config.paymentConfirmationWindow()), config.passwordReminders())
                    .withRisk(config.risk())
                    .withLogin(LoginSettings.STANDARD.withAddressThrottle(config.addressThrottle()))
                    .withRefundApproval(config.refundApproval())
                    .withCompensation(CompensationPolicy.STANDARD.withStoreZone(config.timeZone())
                            .withDailyLimit(config.compensationDailyLimit()));
            UseCases useCases = UseCases.wire(persistence.ports(), driven, settings, clock);
            long demoStartNanos = System.nanoTime();
            boolean historyWanted = false;
            if (config.demoData()) {
                boolean emptyDatabase = DemoData.isFirstStart(persistence.ports().customers());
                UseCases seeding = UseCases.wire(persistence.ports(),
                        passwords.hashesAsRecommended()
                                ? driven.withPasswordHasher(DemoData.hashedAhead(driven.passwordHasher())) : driven,
                        settings, clock);
                DemoData.seed(seeding.registerCustomer(), seeding.registerAgent(), simulators.wallets(),
                        seeding.raiseRiskAlert(), seeding.createCampaign(), clock.instant(), config.timeZone());
                useCases.stockProducts().stock(DemoCatalog.products());
                historyWanted = config.demoHistory() && emptyDatabase;
            }
            long serverStartNanos = System.nanoTime();
            Optional<SSLContext> storeTrust = config.tls().map(TlsKeystore::trustingItsCertificates);
            Javalin server = new WebServer(config, useCases, simulators, lockoutPolicy.lockDuration(), clock)
                    .create(roundTrips).start(config.port());
            Housekeeping housekeeping = housekeeping(useCases, config);
            // Two weeks of made-up store life for the dashboard, once, on the first start of an empty database: made
            // while the store already answers, since no page but the console's dashboard and queues shows it. The
            // chores start once it is committed, so that none counts a finished day for the dashboard without it.
            DemoHistoryInBackground history;
            if (historyWanted) {
                history = DemoHistoryInBackground.start(persistence.ports(), clock, config.timeZone(),
                        housekeeping::start);
            } else {
                housekeeping.start();
                history = DemoHistoryInBackground.none();
            }
            var application = new HexmallApplication(server, config.tls().isPresent(), persistence, simulators,
                    housekeeping, useCases, history);
            simulators.notifyStoreAt(URI.create(application.baseUrl()), storeTrust);
            long startedNanos = System.nanoTime();
            // Where a start's time went, so that a slow start can be told apart by its log alone.
            LOG.info("hexmall started at {} in {} ms ({} persistence{}): storage {} ms, wiring {} ms, demo data {} ms, "
                            + "web server {} ms", application.baseUrl(), millis(startNanos, startedNanos),
                    config.persistence().name().toLowerCase(),
                    config.demoData() ? historyWanted ? ", demo data, demo history being made" : ", demo data" : "",
                    millis(startNanos, storageReadyNanos), millis(storageReadyNanos, demoStartNanos),
                    millis(demoStartNanos, serverStartNanos), millis(serverStartNanos, startedNanos));
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

    /** Where this instance answers on this machine: {@code https://localhost:port} when it serves HTTPS. */
    public String baseUrl() {
        return (https ? "https" : "http") + "://localhost:" + port();
    }

    /**
     * The SIMULATED wallet providers this instance runs, for a benchmark or demo that drives them as the providers'
     * own side would (opening accounts, confirming payments automatically).
     */
    public WalletSimulator walletSimulator() {
        return simulators.wallets();
    }

    /**
     * What this instance stores through, for tests that set up what no page of theirs does: a running campaign, an
     * entry of a points ledger.
     */
    public PersistencePorts storage() {
        return persistence.ports();
    }

    /**
     * Every in-port of this instance, for a test that runs a chore the scheduler would run (closing unpaid orders,
     * reconciling payments) at a moment it chooses, on several instances at once.
     */
    public UseCases useCases() {
        return useCases;
    }

    /**
     * Waits until the demo history this start makes in the background is made, for a test of it: whether this start
     * made it (not when it made none, or another start on the same database made it first).
     *
     * @throws IllegalStateException when making it takes longer than {@code within}
     */
    boolean awaitDemoHistory(Duration within) {
        return demoHistory.await(within).isPresent();
    }

    /** Stops the scheduler's chores, for a test that runs them itself and counts what each pass did. */
    public void stopChores() {
        housekeeping.close();
    }

    /**
     * The promotion budgets this instance keeps, for a test that puts a campaign's spending in place as payments would
     * have reserved and spent it.
     */
    public PromotionBudgets promotionBudgets() {
        return persistence.ports().promotionBudgets();
    }

    /**
     * Every route the server answers, as "METHOD /path/{param}", in the order they were registered: for a test that
     * must reach each one, so that a new route cannot be left out of it.
     */
    public List<String> routes() {
        return server.unsafe.internalRouter.allHttpHandlers().stream()
                .map(route -> route.endpoint.method.name() + " " + route.endpoint.path)
                .toList();
    }

    /**
     * The paths this instance answers GET requests at, as its routes declare them ({@code /orders/{id}}), for a test
     * that must visit every page and would otherwise miss a new one.
     */
    public List<String> pagePaths() {
        return server.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method == HandlerType.GET)
                .map(endpoint -> endpoint.path)
                .distinct()
                .toList();
    }

    @Override
    public void close() {
        demoHistory.close();
        housekeeping.close();
        simulators.close();
        server.stop();
        closeQuietly(persistence);
        LOG.info("hexmall stopped");
    }

    /** The scheduler, the driving adapter that calls the housekeeping in-ports on their schedule. */
    private static Housekeeping housekeeping(UseCases useCases, HexmallConfig config) {
        return new Housekeeping(useCases.purgeEndedSessions(), useCases.forgetExpiredLoginThrottles(),
                useCases.expireStaleBindings(), useCases.markAbandonedAlerts(),
                useCases.forgetExpiredNonces(), useCases.closeOverdueOrders(), useCases.forgetExpiredIdempotencyKeys(),
                useCases.reconcilePayments(), useCases.cancelPendingAgreements(), useCases.rollUpDashboardDays(),
                useCases.purgeEndedReplacements(), Housekeeping.closeOrdersEvery(config.unpaidOrderTimeout()));
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static void closeQuietly(PersistenceAdapters persistence) {
        try {
            persistence.resources().close();
        } catch (Exception closeFailed) {
            LOG.warn("Could not close the database connections cleanly", closeFailed);
        }
    }
}
