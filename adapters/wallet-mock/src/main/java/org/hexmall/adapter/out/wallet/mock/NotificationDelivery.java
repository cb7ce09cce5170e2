package org.hexmall.adapter.out.wallet.mock;

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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hexmall.domain.wallet.WalletProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a simulated provider's notifications to the store's notify endpoint, {@code {store}/wallet-notify/{provider}},
 * as real providers do: a form-encoded POST, tried again on the provider's own backoff schedule
 * ({@link SimulatorTimings#notificationRetries}) until the store answers 2xx, and given up after the last retry.
 * Every attempt is recorded, so tests and the demo page can watch them.
 */
final class NotificationDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);
    private static final int MAX_ERROR_LENGTH = 500;

    /** Signed afresh for each attempt, as each is a new request: a late retry is not refused as stale. */
    private record Notification(String id, WalletProvider provider, MessageType type,
                                Supplier<Map<String, String>> signedMessage) {
    }

    private final SimulatorStore store;
    private final SimulatorTimings timings;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService retries;
    private final AtomicInteger awaitingAcknowledgement = new AtomicInteger();
    private volatile URI storeBaseUrl;

    NotificationDelivery(SimulatorStore store, SimulatorTimings timings, Clock clock) {
        this.store = store;
        this.timings = timings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timings.notificationRequestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.retries = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("mock-wallet-notifications").daemon().factory());
    }

    void setStoreBaseUrl(URI storeBaseUrl) {
        this.storeBaseUrl = storeBaseUrl;
    }

    /**
     * Makes the first attempt before returning, so that a person who cancels or pays in the simulated app finds
     * the store already told; any retries follow in the background. Duplicates ({@link Fault#DUPLICATE_NOTIFICATIONS})
     * are separate deliveries of the same message, each with its own id and retries.
     */
    void deliver(WalletProvider provider, MessageType type, Supplier<Map<String, String>> signedMessage) {
        awaitingAcknowledgement.incrementAndGet();
        attempt(new Notification(SimulatorTokens.next(), provider, type, signedMessage), 1);
    }

    /**
     * Makes the first attempt only after {@code delay}, in the background, as a provider whose notification
     * queue is backed up does ({@link Fault#DELAYED_NOTIFICATIONS}): the customer's browser is back first.
     */
    void deliverLater(WalletProvider provider, MessageType type, Supplier<Map<String, String>> signedMessage,
                      Duration delay) {
        awaitingAcknowledgement.incrementAndGet();
        Notification notification = new Notification(SimulatorTokens.next(), provider, type, signedMessage);
        retries.schedule(() -> attempt(notification, 1), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Notifications neither acknowledged nor given up yet: while this is above zero, more attempts will come. */
    int awaitingAcknowledgement() {
        return awaitingAcknowledgement.get();
    }

    List<NotificationAttempt> attempts() {
        return store.notificationAttempts();
    }

    private void attempt(Notification notification, int attempt) {
        NotificationAttempt result = send(notification, attempt);
        try {
            store.addNotificationAttempt(result);
        } catch (RuntimeException notRecorded) {
            LOG.warn("Could not record notification attempt {} of {}", attempt, notification.id(), notRecorded);
        }
        if (result.acknowledged()) {
            awaitingAcknowledgement.decrementAndGet();
            return;
        }
        List<Duration> schedule = timings.notificationRetries(notification.provider());
        if (attempt > schedule.size()) {
            LOG.warn("Simulated {} gave up notifying the store after {} attempts", notification.provider(), attempt);
            awaitingAcknowledgement.decrementAndGet();
        } else {
            retries.schedule(() -> attempt(notification, attempt + 1), schedule.get(attempt - 1).toNanos(),
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
                    .timeout(timings.notificationRequestTimeout())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(notification.signedMessage().get())))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
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

    @Override
    public void close() {
        retries.shutdownNow();
        http.close();
    }
}
