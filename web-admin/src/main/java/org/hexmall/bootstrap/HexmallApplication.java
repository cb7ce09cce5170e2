package org.hexmall.bootstrap;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hexmall.adapter.out.crypto.Argon2PasswordHasher;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every adapter and use case by hand, in plain sight, and starts the
 * server. Nothing else in hexmall knows which adapters were chosen.
 */
public final class HexmallApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HexmallApplication.class);
    private static final long SESSION_PURGE_MINUTES = 5;

    private final Javalin server;
    private final PersistenceAdapters persistence;
    private final ScheduledExecutorService housekeeping;

    private HexmallApplication(Javalin server, PersistenceAdapters persistence, ScheduledExecutorService housekeeping) {
        this.server = server;
        this.persistence = persistence;
        this.housekeeping = housekeeping;
    }

    public static HexmallApplication start(HexmallConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** Starts hexmall on the given clock, which tests move to make time pass. */
    public static HexmallApplication start(HexmallConfig config, Clock clock) {
        long startNanos = System.nanoTime();
        PersistenceAdapters persistence = PersistenceAdapters.of(config);
        try {
            LoginLockoutPolicy lockoutPolicy = LoginLockoutPolicy.STANDARD;
            UseCases useCases = UseCases.wire(persistence, new Argon2PasswordHasher(), new SecureRandomTokens(),
                    lockoutPolicy, clock);
            if (config.demoData()) {
                DemoData.seed(useCases.registerCustomer(), useCases.registerAgent());
            }
            Javalin server = new WebServer(config, useCases, lockoutPolicy.lockDuration()).create().start(config.port());
            ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                    .name("hexmall-housekeeping").daemon(true).factory());
            housekeeping.scheduleWithFixedDelay(() -> purgeSessions(useCases),
                    SESSION_PURGE_MINUTES, SESSION_PURGE_MINUTES, TimeUnit.MINUTES);
            var application = new HexmallApplication(server, persistence, housekeeping);
            LOG.info("hexmall started at {} in {} ms ({} persistence{})", application.baseUrl(),
                    (System.nanoTime() - startNanos) / 1_000_000, config.persistence().name().toLowerCase(),
                    config.demoData() ? ", demo data" : "");
            return application;
        } catch (RuntimeException startFailed) {
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

    @Override
    public void close() {
        housekeeping.shutdownNow();
        server.stop();
        closeQuietly(persistence);
    }

    private static void purgeSessions(UseCases useCases) {
        try {
            int purged = useCases.purgeEndedSessions().purge();
            LOG.debug("Purged {} ended sessions", purged);
        } catch (RuntimeException purgeFailed) {
            LOG.warn("Could not purge ended sessions; will try again", purgeFailed);
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
