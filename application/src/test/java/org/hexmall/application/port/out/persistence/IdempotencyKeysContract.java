package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hexmall.application.port.out.persistence.IdempotencyKeys.IdempotencyRecord;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyKeys} adapter must do. Each test starts with an empty store. A key is recorded as
 * the last step of its request's transaction, so the tests use {@link #transactions()} too.
 */
public abstract class IdempotencyKeysContract {

    /** Li Lei's payments: each customer's keys are theirs alone. */
    private static final String LI_LEIS_PAYMENTS = "pay:customer-0001";
    private static final String HAN_MEIMEIS_PAYMENTS = "pay:customer-0002";
    private static final String KEY = "3f6c1a2e-form-key-0001";
    private static final String FINGERPRINT = "order=0001;wallet=preferred";
    private static final String RESULT = "payment 5b1e0c1a-0000-4000-8000-000000000001";
    private static final Instant KEEP_UNTIL = NOW.plus(Duration.ofHours(24));

    protected abstract IdempotencyKeys idempotencyKeys();

    protected abstract TransactionRunner transactions();

    private void record(String scope, String key, String fingerprint, String result, Instant now, Instant keepUntil) {
        transactions().inTransaction(() -> idempotencyKeys().record(scope, key, fingerprint, result, now, keepUntil));
    }

    @Test
    void givenRecordedKey_find_tellsWhichRequestCameWithItWhatItAnsweredAndWhen() {
        record(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, RESULT, NOW, KEEP_UNTIL);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY))
                .contains(new IdempotencyRecord(FINGERPRINT, RESULT, NOW));
    }

    @Test
    void givenUnrecordedKey_find_findsNothing() {
        record(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, RESULT, NOW, KEEP_UNTIL);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, "another-key")).isEmpty();
    }

    @Test
    void recordingAKeyTakenBefore_isRefused_andTheFirstRecordStays() {
        record(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, RESULT, NOW, KEEP_UNTIL);

        assertThatThrownBy(() -> record(LI_LEIS_PAYMENTS, KEY, "order=0002;wallet=preferred", "no-wallet",
                NOW.plusSeconds(1), KEEP_UNTIL)).isInstanceOf(IdempotencyKeyTakenException.class);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY))
                .contains(new IdempotencyRecord(FINGERPRINT, RESULT, NOW));
    }

    @Test
    void aRefusedKey_undoesWhatItsTransactionStoredBeforeIt() {
        record(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, RESULT, NOW, KEEP_UNTIL);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            idempotencyKeys().record(HAN_MEIMEIS_PAYMENTS, "stored-first", FINGERPRINT, RESULT, NOW, KEEP_UNTIL);
            idempotencyKeys().record(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, RESULT, NOW, KEEP_UNTIL);
        })).isInstanceOf(IdempotencyKeyTakenException.class);

        assertThat(idempotencyKeys().find(HAN_MEIMEIS_PAYMENTS, "stored-first")).isEmpty();
    }

    @Test
    void aKeyRecordedInATransactionThatFails_isNotKept_andCanBeRecordedAgain() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            idempotencyKeys().record(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, RESULT, NOW, KEEP_UNTIL);
            throw new IllegalStateException("the request failed after recording its key");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY)).isEmpty();
        record(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, RESULT, NOW, KEEP_UNTIL);
        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY)).isPresent();
    }

    @Test
    void sameKeyInAnotherScope_isAnotherKey() {
        record(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, "already-paid", NOW, KEEP_UNTIL);

        record(HAN_MEIMEIS_PAYMENTS, KEY, "order=0009;wallet=preferred", RESULT, NOW, KEEP_UNTIL);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY))
                .contains(new IdempotencyRecord(FINGERPRINT, "already-paid", NOW));
        assertThat(idempotencyKeys().find(HAN_MEIMEIS_PAYMENTS, KEY))
                .contains(new IdempotencyRecord("order=0009;wallet=preferred", RESULT, NOW));
    }

    @Test
    void forgetExpired_forgetsAndCountsOnlyKeysKeptUntilBeforeNow() {
        record(LI_LEIS_PAYMENTS, "long-ago", FINGERPRINT, RESULT, NOW, NOW.minus(Duration.ofDays(1)));
        record(HAN_MEIMEIS_PAYMENTS, "just-expired", FINGERPRINT, RESULT, NOW, NOW.minusNanos(1_000));
        record(LI_LEIS_PAYMENTS, "expires-now", FINGERPRINT, RESULT, NOW, NOW);
        record(LI_LEIS_PAYMENTS, "still-kept", FINGERPRINT, RESULT, NOW, NOW.plus(Duration.ofHours(1)));

        assertThat(idempotencyKeys().forgetExpired(NOW)).isEqualTo(2);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, "long-ago")).isEmpty();
        assertThat(idempotencyKeys().find(HAN_MEIMEIS_PAYMENTS, "just-expired")).isEmpty();
        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, "expires-now")).isPresent();
        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, "still-kept")).isPresent();
        record(LI_LEIS_PAYMENTS, "long-ago", FINGERPRINT, RESULT, NOW, KEEP_UNTIL);
    }

    /** A double click, or a retry after a timeout, reaches several nodes at once: only one request may be kept. */
    @Test
    void fiftyRequestsRecordingTheSameKeyAtOnce_exactlyOneIsKept_andTheOthersAreToldItIsTaken() throws Exception {
        int requests = 50;
        CountDownLatch allReady = new CountDownLatch(requests);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            List<Future<?>> recordings = new ArrayList<>();
            for (int request = 0; request < requests; request++) {
                String fingerprint = "request-" + request;
                recordings.add(threads.submit(() -> {
                    allReady.countDown();
                    go.await();
                    record(LI_LEIS_PAYMENTS, KEY, fingerprint, RESULT, NOW, KEEP_UNTIL);
                    return null;
                }));
            }
            assertThat(allReady.await(10, TimeUnit.SECONDS)).as("every request ready").isTrue();
            go.countDown();

            List<String> kept = new ArrayList<>();
            for (int request = 0; request < requests; request++) {
                try {
                    recordings.get(request).get(30, TimeUnit.SECONDS);
                    kept.add("request-" + request);
                } catch (ExecutionException refused) {
                    assertThat(refused.getCause()).isInstanceOf(IdempotencyKeyTakenException.class);
                }
            }

            assertThat(kept).hasSize(1);
            assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY)).get()
                    .extracting(IdempotencyRecord::fingerprint).isEqualTo(kept.getFirst());
        } finally {
            go.countDown();
            threads.shutdownNow();
        }
    }
}
