package org.hexmall.simulator.wallet.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.ProviderSlugs;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.Faults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a simulated provider's notifications to the store's notify endpoint, {@code {store}/wallet-notify/{provider}},
 * as real providers do: a form-encoded POST, tried again on the provider's own backoff schedule until the store
 * answers 2xx, and given up after the last retry. Every attempt is recorded, so tests and the demo page can watch.
 * A notification waits in {@link PendingNotifications} until it is acknowledged or given up, with its next due time:
 * a simulator started again on the same storage resumes it then ({@link #setStoreBaseUrl}), and each attempt is
 * claimed before it is made, so that two timers or two nodes never make the same one.
 */
public final class NotificationDelivery implements AutoCloseable {

    /** How many times {@link Fault#DUPLICATE_NOTIFICATIONS} delivers each notification. */
    static final int DUPLICATE_DELIVERIES = 3;
    /** How late {@link Fault#DELAYED_NOTIFICATIONS} sends a notification for a provider that never retries. */
    static final Duration DELAY_WITHOUT_RETRIES = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final NotificationLog log;
    private final PendingNotifications pending;
    private final SignedMessages messages;
    private final Faults faults;
    private final Function<WalletProvider, List<Duration>> retries;
    private final Duration requestTimeout;
    private final Clock clock;
    /** Built on the first delivery: a store nobody pays at does not start an HTTP client and its TLS machinery. */
    private final Object httpLock = new Object();
    private HttpClient http;
    /** The certificates the client trusts when the store serves HTTPS; empty: the JDK's authorities. */
    private Optional<SSLContext> storeTrust = Optional.empty();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("mock-wallet-notifications").daemon().factory());
    private volatile URI storeBaseUrl;
    /** True once a test moves the clock itself: a notification sent later then waits for {@link #deliverDue}. */
    private volatile boolean laterOnlyWhenDelivered;

    /**
     * @param retries        per provider, the waits before each retry of a notification the store has not
     *                       acknowledged; after the last one the provider gives up
     * @param requestTimeout how long one attempt waits for the store's answer
     */
    public NotificationDelivery(NotificationLog log, PendingNotifications pending, SignedMessages messages,
                                Faults faults, Function<WalletProvider, List<Duration>> retries,
                                Duration requestTimeout, Clock clock) {
        this.log = log;
        this.pending = pending;
        this.messages = messages;
        this.faults = faults;
        this.retries = retries;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /**
     * Where the store's notify endpoint is, once the store's server has started: {@code http://host:port}. The
     * notifications left pending when the simulator last stopped are resumed then, each at its next due time.
     */
    public void setStoreBaseUrl(URI storeBaseUrl) {
        setStoreBaseUrl(storeBaseUrl, Optional.empty());
    }

    /**
     * Where the store's notify endpoint is, and, when it serves HTTPS with a certificate no public authority
     * signed (such as a self-signed one), the TLS context that trusts its certificate. Certificates are checked
     * either way; this only says which ones to trust.
     */
    public void setStoreBaseUrl(URI storeBaseUrl, Optional<SSLContext> storeTrust) {
        synchronized (httpLock) {
            if (http != null && !this.storeTrust.equals(storeTrust)) {
                http.shutdown();
                http = null;
            }
            this.storeTrust = storeTrust;
        }
        this.storeBaseUrl = storeBaseUrl;
        resume();
    }

    /**
     * Makes the first attempt before returning, so that a person who cancels or pays in the simulated app finds the
     * store already told; any retries follow in the background. With {@link Fault#DUPLICATE_NOTIFICATIONS} three
     * copies go out, each with its own id, signature and retries; with {@link Fault#DELAYED_NOTIFICATIONS} the first
     * attempt comes only as late as the provider's first retry would, after the customer's browser is back.
     */
    public void send(WalletProvider provider, Optional<WalletAccountIdentifier> account, MessageType type,
                     Map<String, String> fields) {
        Optional<Fault> fault = faults.faultFor(provider, account);
        send(provider, fault, type, fields, fault.filter(Fault.DELAYED_NOTIFICATIONS::equals).isPresent());
    }

    /**
     * The same, the first attempt only after {@code delay}: how a provider that confirms something later (a refund
     * at WeChat Pay) tells the store once it has.
     */
    public void sendLater(WalletProvider provider, Optional<WalletAccountIdentifier> account, MessageType type,
                          Map<String, String> fields, Duration delay) {
        send(provider, faults.faultFor(provider, account), type, fields, Optional.of(delay));
    }

    private void send(WalletProvider provider, Optional<Fault> fault, MessageType type, Map<String, String> fields,
                      boolean delayed) {
        send(provider, fault, type, fields, delayed
                ? Optional.of(retries.apply(provider).stream().findFirst().orElse(DELAY_WITHOUT_RETRIES))
                : Optional.empty());
    }

    private void send(WalletProvider provider, Optional<Fault> fault, MessageType type, Map<String, String> fields,
                      Optional<Duration> later) {
        int copies = fault.filter(Fault.DUPLICATE_NOTIFICATIONS::equals).isPresent() ? DUPLICATE_DELIVERIES : 1;
        Duration delay = later.orElse(Duration.ZERO);
        for (int copy = 0; copy < copies; copy++) {
            if (later.isPresent()) {
                var notification = new PendingNotification(SimulatorTokens.next(), provider, type, fields, 0,
                        clock.instant().plus(delay));
                pending.add(notification);
                if (!laterOnlyWhenDelivered) {
                    scheduleByTheClock(notification.id(), delay);
                }
            } else {
                sendNow(new PendingNotification(SimulatorTokens.next(), provider, type, fields, 0, clock.instant()));
            }
        }
    }

    /**
     * A notification's first attempt, made at once: it is kept with that attempt claimed already (due again at the
     * first retry's time), so that one insert stands for adding and claiming it, and a restart before the store has
     * answered resumes it at that retry, as it would a claimed attempt.
     */
    private void sendNow(PendingNotification notification) {
        List<Duration> schedule = retries.apply(notification.provider());
        Instant now = clock.instant();
        PendingNotification claimed = notification.attempting(schedule.isEmpty() ? now : now.plus(schedule.get(0)));
        pending.add(claimed);
        deliver(claimed, 1, schedule);
    }

    /**
     * SIMULATED, a test aid: makes now every attempt due by the clock, as the timers would once that much time has
     * passed. Answers how many attempts were made.
     */
    public int deliverDue() {
        Instant now = clock.instant();
        int made = 0;
        for (PendingNotification due : pending.all()) {
            if (!due.nextAttemptAt().isAfter(now) && attempt(due.id(), due.attemptsMade() + 1)) {
                made++;
            }
        }
        return made;
    }

    /**
     * SIMULATED, a test aid: from now on a notification sent later (WeChat Pay's refund confirmation, or one the
     * {@link Fault#DELAYED_NOTIFICATIONS} fault holds back) is never sent by a timer: it is due at the clock's time
     * plus its delay, and goes when {@link #deliverDue} finds it due. For tests whose clock runs with real time but
     * is moved on by the test, so that what the store shows before the notification never races a timer.
     */
    public void sendLaterOnlyWhenDelivered() {
        laterOnlyWhenDelivered = true;
    }

    /** Every attempt to deliver a notification to the store, in the order they were made. */
    public List<NotificationAttempt> attempts() {
        return log.all();
    }

    /** The notifications neither acknowledged nor given up yet, the soonest due first. */
    public List<PendingNotification> pending() {
        return pending.all();
    }

    /** Notifications neither acknowledged nor given up yet: while this is above zero, more attempts will come. */
    public int awaitingAcknowledgement() {
        return pending.all().size();
    }

    /** Sets a timer for the next attempt of every pending notification, at its due time (at once if overdue). */
    private void resume() {
        Instant now = clock.instant();
        try {
            for (PendingNotification waiting : pending.all()) {
                Duration wait = Duration.between(now, waiting.nextAttemptAt());
                schedule(waiting.id(), waiting.attemptsMade() + 1, wait.isNegative() ? Duration.ZERO : wait);
            }
        } catch (RuntimeException unreadable) {
            LOG.warn("Could not read the pending notifications to resume them", unreadable);
        }
    }

    private void schedule(String id, int attempt, Duration wait) {
        scheduler.schedule(() -> {
            try {
                attempt(id, attempt);
            } catch (RuntimeException failed) {
                LOG.warn("Could not make attempt {} of notification {}", attempt, id, failed);
            }
        }, wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Sets a timer for the first attempt of a notification sent later, which is made only once the clock says it is
     * due: a timer that fires while the clock is behind (a clock a test moves, or one that stands still) waits again
     * for what the clock says remains. Once the attempt is made, by the timer or by {@link #deliverDue}, the timer
     * stops.
     */
    private void scheduleByTheClock(String id, Duration wait) {
        scheduler.schedule(() -> {
            try {
                Optional<PendingNotification> waiting = pending.find(id).filter(found -> found.attemptsMade() == 0);
                if (waiting.isEmpty()) {
                    return;
                }
                Duration remaining = Duration.between(clock.instant(), waiting.get().nextAttemptAt());
                if (remaining.isPositive()) {
                    scheduleByTheClock(id, remaining);
                } else {
                    attempt(id, 1);
                }
            } catch (RuntimeException failed) {
                LOG.warn("Could not make the first attempt of notification {}", id, failed);
            }
        }, wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Makes this attempt if it is still the next one and no one else claimed it; true if it was made. */
    private boolean attempt(String id, int attempt) {
        Optional<PendingNotification> found = pending.find(id).filter(waiting -> waiting.attemptsMade() == attempt - 1);
        if (found.isEmpty()) {
            return false;
        }
        PendingNotification notification = found.get();
        List<Duration> schedule = retries.apply(notification.provider());
        boolean last = attempt > schedule.size();
        Instant now = clock.instant();
        if (!pending.claim(id, attempt - 1, last ? now : now.plus(schedule.get(attempt - 1)))) {
            return false;
        }
        deliver(notification, attempt, schedule);
        return true;
    }

    /** Makes an attempt claimed already, records it, and ends the notification or sets the timer of its retry. */
    private void deliver(PendingNotification notification, int attempt, List<Duration> schedule) {
        String id = notification.id();
        boolean last = attempt > schedule.size();
        NotificationAttempt result = send(notification, attempt);
        try {
            log.add(result);
        } catch (RuntimeException notRecorded) {
            LOG.warn("Could not record notification attempt {} of {}", attempt, id, notRecorded);
        }
        if (result.acknowledged()) {
            pending.remove(id);
        } else if (last) {
            LOG.warn("Simulated {} gave up notifying the store after {} attempts", notification.provider(), attempt);
            pending.remove(id);
        } else {
            schedule(id, attempt + 1, schedule.get(attempt - 1));
        }
    }

    private NotificationAttempt send(PendingNotification notification, int attempt) {
        Instant attemptedAt = clock.instant();
        URI base = storeBaseUrl;
        if (base == null) {
            return failed(notification, attempt, attemptedAt, "the store's address is not known yet");
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(notifyEndpoint(base, notification.provider()))
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(
                            messages.sign(notification.provider(), notification.type(), notification.fields()))))
                    .build();
            HttpResponse<Void> response = http().send(request, HttpResponse.BodyHandlers.discarding());
            return new NotificationAttempt(notification.id(), notification.provider(), notification.type().wireName(),
                    attempt, attemptedAt, response.statusCode(), null);
        } catch (IOException | IllegalArgumentException noAnswer) {
            return failed(notification, attempt, attemptedAt, noAnswer.getClass().getSimpleName() + ": "
                    + noAnswer.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return failed(notification, attempt, attemptedAt, "interrupted while waiting for the store");
        }
    }

    private static URI notifyEndpoint(URI storeBaseUrl, WalletProvider provider) {
        String base = storeBaseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/wallet-notify/" + ProviderSlugs.slugOf(provider));
    }

    private static NotificationAttempt failed(PendingNotification notification, int attempt, Instant attemptedAt,
                                              String error) {
        String shortError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        return new NotificationAttempt(notification.id(), notification.provider(), notification.type().wireName(),
                attempt, attemptedAt, null, shortError);
    }

    private HttpClient http() {
        synchronized (httpLock) {
            if (http == null) {
                HttpClient.Builder client = HttpClient.newBuilder()
                        .connectTimeout(requestTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER);
                storeTrust.ifPresent(client::sslContext);
                http = client.build();
            }
            return http;
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        synchronized (httpLock) {
            if (http != null) {
                http.close();
            }
        }
    }
}
