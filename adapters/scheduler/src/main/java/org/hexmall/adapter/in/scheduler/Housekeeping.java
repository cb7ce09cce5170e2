package org.hexmall.adapter.in.scheduler;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hexmall.application.port.in.checkout.CloseOverdueOrders;
import org.hexmall.application.port.in.payment.ForgetExpiredIdempotencyKeys;
import org.hexmall.application.port.in.payment.ReconcilePayments;
import org.hexmall.application.port.in.risk.MarkAbandonedAlerts;
import org.hexmall.application.port.in.session.ForgetExpiredLoginThrottles;
import org.hexmall.application.port.in.session.PurgeEndedSessions;
import org.hexmall.application.port.in.support.RollUpDashboardDays;
import org.hexmall.application.port.in.wallet.CancelPendingAgreements;
import org.hexmall.application.port.in.wallet.ExpireStaleBindings;
import org.hexmall.application.port.in.wallet.ForgetExpiredNonces;
import org.hexmall.application.port.in.wallet.PurgeEndedReplacements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's regular chores, driven by the clock rather than by a person: forget ended sessions, the old wrong
 * passwords of unknown logins, and old nonces and idempotency keys; expire unfinished bindings, mark abandoned the risk
 * alerts nobody answered, close unpaid orders,
 * reconcile payments, cancel at their providers the agreements of ended bindings that could not be cancelled at
 * once, count the dashboard's finished days, and forget the wallets typed to replace another once no longer kept.
 * They share one daemon thread, and each pass starts a fixed pause after the previous one ended, so a slow pass never
 * piles up behind itself.
 */
public final class Housekeeping implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    /** How long {@link #close()} lets a pass in progress finish before interrupting it. */
    private static final Duration LAST_PASS_GRACE = Duration.ofSeconds(5);
    /** The pause between two looks for unpaid orders whose time ran out, at a store's usual half an hour to pay. */
    private static final Duration CLOSE_ORDERS_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final List<Chore> chores;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("hexmall-housekeeping").daemon(true).factory());

    public Housekeeping(PurgeEndedSessions purgeEndedSessions,
                        ForgetExpiredLoginThrottles forgetExpiredLoginThrottles,
                        ExpireStaleBindings expireStaleBindings, MarkAbandonedAlerts markAbandonedAlerts,
                        ForgetExpiredNonces forgetExpiredNonces, CloseOverdueOrders closeOverdueOrders,
                        ForgetExpiredIdempotencyKeys forgetExpiredIdempotencyKeys,
                        ReconcilePayments reconcilePayments, CancelPendingAgreements cancelPendingAgreements,
                        RollUpDashboardDays rollUpDashboardDays, PurgeEndedReplacements purgeEndedReplacements) {
        this(purgeEndedSessions, forgetExpiredLoginThrottles, expireStaleBindings, markAbandonedAlerts,
                forgetExpiredNonces, closeOverdueOrders, forgetExpiredIdempotencyKeys, reconcilePayments, cancelPendingAgreements,
                rollUpDashboardDays, purgeEndedReplacements, CLOSE_ORDERS_AT_MOST_EVERY);
    }

    /**
     * The same chores, closing unpaid orders every {@code closeOrdersEvery} ({@link #closeOrdersEvery(Duration)}
     * chooses it from the time an order has to be paid).
     */
    public Housekeeping(PurgeEndedSessions purgeEndedSessions,
                        ForgetExpiredLoginThrottles forgetExpiredLoginThrottles,
                        ExpireStaleBindings expireStaleBindings, MarkAbandonedAlerts markAbandonedAlerts,
                        ForgetExpiredNonces forgetExpiredNonces, CloseOverdueOrders closeOverdueOrders,
                        ForgetExpiredIdempotencyKeys forgetExpiredIdempotencyKeys,
                        ReconcilePayments reconcilePayments, CancelPendingAgreements cancelPendingAgreements,
                        RollUpDashboardDays rollUpDashboardDays, PurgeEndedReplacements purgeEndedReplacements,
                        Duration closeOrdersEvery) {
        this(List.of(
                new Chore("ended sessions purged", Duration.ofMinutes(5), purgeEndedSessions::purge),
                new Chore("old throttles of unknown logins forgotten", Duration.ofMinutes(60),
                        forgetExpiredLoginThrottles::forget),
                new Chore("unfinished wallet bindings expired", Duration.ofMinutes(1), expireStaleBindings::expire),
                // As often as bindings expire: an alert is listed as abandoned within a minute of nothing being able
                // to answer it.
                new Chore("risk alerts nobody answered marked abandoned", Duration.ofMinutes(1),
                        markAbandonedAlerts::mark),
                new Chore("old provider nonces forgotten", Duration.ofMinutes(10), forgetExpiredNonces::forget),
                new Chore("unpaid orders closed", closeOrdersEvery, closeOverdueOrders::close),
                new Chore("old idempotency keys forgotten", Duration.ofMinutes(60),
                        forgetExpiredIdempotencyKeys::forgetExpired),
                // Often, so that a customer waiting on the "confirming your payment" page is not kept waiting:
                // the pass itself only asks about payments whose next check is due.
                new Chore("payments reconciled", Duration.ofSeconds(5), reconcilePayments::reconcile),
                // The pass asks only about cancellations whose retry is due; each waits longer than the last.
                new Chore("pending agreements cancelled", Duration.ofSeconds(30),
                        cancelPendingAgreements::cancelPending),
                // A pass costs one primary-key look-up per day once the days are counted; often enough that a
                // finished day is counted soon after its last payment has its outcome.
                new Chore("finished days counted for the dashboard", Duration.ofMinutes(1),
                        rollUpDashboardDays::rollUp),
                // A wallet typed to replace another is kept ten minutes while the customer answers; its encrypted
                // account is forgotten within ten more.
                new Chore("ended replacement wallets forgotten", Duration.ofMinutes(10),
                        purgeEndedReplacements::purge)));
    }

    /**
     * How often unpaid orders are looked for: every minute, or a fifth of the time an order has to be paid when that is
     * shorter (a store set to close orders within seconds, as a demo or a test of several nodes is), but not more
     * often than every second. An order closes at most that long after its time ran out.
     */
    public static Duration closeOrdersEvery(Duration unpaidOrderTimeout) {
        Duration fifth = unpaidOrderTimeout.dividedBy(5);
        if (fifth.compareTo(CLOSE_ORDERS_AT_MOST_EVERY) >= 0) {
            return CLOSE_ORDERS_AT_MOST_EVERY;
        }
        return fifth.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : fifth;
    }

    /** Any chores on any schedule: for the tests, which cannot wait minutes. */
    Housekeeping(List<Chore> chores) {
        this.chores = List.copyOf(chores);
    }

    /**
     * Each chore's first pass comes one interval from now, then one interval after the end of each pass. Once stopped,
     * the chores stay stopped: starting them then does nothing.
     */
    public synchronized void start() {
        if (timer.isShutdown()) {
            return;
        }
        for (Chore chore : chores) {
            long millis = chore.every().toMillis();
            timer.scheduleWithFixedDelay(chore::run, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops every chore. No new pass starts; one in progress gets a few seconds to finish, so that the database is
     * not closed under it, and is interrupted after that.
     */
    @Override
    public void close() {
        synchronized (this) {
            timer.shutdown();
        }
        try {
            if (!timer.awaitTermination(LAST_PASS_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("A housekeeping pass was still running after {} s; interrupting it",
                        LAST_PASS_GRACE.toSeconds());
                timer.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    List<Chore> chores() {
        return chores;
    }
}
