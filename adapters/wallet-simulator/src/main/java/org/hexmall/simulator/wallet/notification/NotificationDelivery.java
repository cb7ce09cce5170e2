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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
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
 */
public final class NotificationDelivery implements AutoCloseable {

    /** How many times {@link Fault#DUPLICATE_NOTIFICATIONS} delivers each notification. */
    static final int DUPLICATE_DELIVERIES = 3;
    /** How late {@link Fault#DELAYED_NOTIFICATIONS} sends a notification for a provider that never retries. */
    static final Duration DELAY_WITHOUT_RETRIES = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);
    private static final int MAX_ERROR_LENGTH = 500;

    /** Signed afresh for each attempt, as each is a new request: a late retry is not refused as stale. */
    private record Notification(String id, WalletProvider provider, MessageType type,
                                Supplier<Map<String, String>> signedMessage) {
    }

    private final NotificationLog log;
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
    private final AtomicInteger awaitingAcknowledgement = new AtomicInteger();
    private volatile URI storeBaseUrl;

    /**
     * @param retries        per provider, the waits before each retry of a notification the store has not
     *                       acknowledged; after the last one the provider gives up
     * @param requestTimeout how long one attempt waits for the store's answer
     */
    public NotificationDelivery(NotificationLog log, Faults faults, Function<WalletProvider, List<Duration>> retries,
                                Duration requestTimeout, Clock clock) {
        this.log = log;
        this.faults = faults;
        this.retries = retries;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** Where the store's notify endpoint is, once the store's server has started: {@code http://host:port}. */
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
    }

    /**
     * Makes the first attempt before returning, so that a person who cancels or pays in the simulated app finds the
     * store already told; any retries follow in the background. With {@link Fault#DUPLICATE_NOTIFICATIONS} three
     * copies go out, each with its own id, signature and retries; with {@link Fault#DELAYED_NOTIFICATIONS} the first
     * attempt comes only as late as the provider's first retry would, after the customer's browser is back.
     */
    public void send(WalletProvider provider, Optional<WalletAccountIdentifier> account, MessageType type,
                     Supplier<Map<String, String>> signedMessage) {
        Optional<Fault> fault = faults.faultFor(provider, account);
        int copies = fault.filter(Fault.DUPLICATE_NOTIFICATIONS::equals).isPresent() ? DUPLICATE_DELIVERIES : 1;
        for (int copy = 0; copy < copies; copy++) {
            awaitingAcknowledgement.incrementAndGet();
            var notification = new Notification(SimulatorTokens.next(), provider, type, signedMessage);
            if (fault.filter(Fault.DELAYED_NOTIFICATIONS::equals).isPresent()) {
                Duration delay = retries.apply(provider).stream().findFirst().orElse(DELAY_WITHOUT_RETRIES);
                scheduler.schedule(() -> attempt(notification, 1), delay.toNanos(), TimeUnit.NANOSECONDS);
            } else {
                attempt(notification, 1);
            }
        }
    }

    /** Every attempt to deliver a notification to the store, in the order they were made. */
    public List<NotificationAttempt> attempts() {
        return log.all();
    }

    /** Notifications neither acknowledged nor given up yet: while this is above zero, more attempts will come. */
    public int awaitingAcknowledgement() {
        return awaitingAcknowledgement.get();
    }

    private void attempt(Notification notification, int attempt) {
        NotificationAttempt result = send(notification, attempt);
        try {
            log.add(result);
        } catch (RuntimeException notRecorded) {
            LOG.warn("Could not record notification attempt {} of {}", attempt, notification.id(), notRecorded);
        }
        List<Duration> schedule = retries.apply(notification.provider());
        if (result.acknowledged()) {
            awaitingAcknowledgement.decrementAndGet();
        } else if (attempt > schedule.size()) {
            LOG.warn("Simulated {} gave up notifying the store after {} attempts", notification.provider(), attempt);
            awaitingAcknowledgement.decrementAndGet();
        } else {
            scheduler.schedule(() -> attempt(notification, attempt + 1), schedule.get(attempt - 1).toNanos(),
                    TimeUnit.NANOSECONDS);
        }
    }

    private NotificationAttempt send(Notification notification, int attempt) {
        Instant attemptedAt = clock.instant();
        URI base = storeBaseUrl;
        if (base == null) {
            return failed(notification, attempt, attemptedAt, "the store's address is not known yet");
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(notifyEndpoint(base, notification.provider()))
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(notification.signedMessage().get())))
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

    private static NotificationAttempt failed(Notification notification, int attempt, Instant attemptedAt,
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
