package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hexmall.application.port.out.persistence.IdempotencyKeys.IdempotencyRecord;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyKeys} adapter must do. Each test starts with an empty store. A key is claimed
 * on its own by concurrent requests, and also inside a unit of work, which must go on after a refused claim,
 * so the tests use {@link #transactions()} too.
 */
public abstract class IdempotencyKeysContract {

    /** Li Lei's payments: each customer's keys are theirs alone. */
    private static final String LI_LEIS_PAYMENTS = "pay:customer-0001";
    private static final String HAN_MEIMEIS_PAYMENTS = "pay:customer-0002";
    private static final String KEY = "3f6c1a2e-form-key-0001";
    private static final String FINGERPRINT = "order=0001;wallet=preferred";
    private static final Instant KEEP_UNTIL = NOW.plus(Duration.ofHours(24));

    protected abstract IdempotencyKeys idempotencyKeys();

    protected abstract TransactionRunner transactions();

    @Test
    void firstClaimOfAKey_isAccepted_andTheSecondRefused() {
        assertThat(idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, NOW, KEEP_UNTIL)).isTrue();

        assertThat(idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, "order=0002;wallet=preferred", NOW.plusSeconds(1),
                KEEP_UNTIL)).isFalse();
    }

    @Test
    void givenClaimedKey_find_tellsWhichRequestClaimedItAndWhen_withoutAResultYet() {
        idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, NOW, KEEP_UNTIL);
        idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, "order=0002;wallet=preferred", NOW.plusSeconds(1), KEEP_UNTIL);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY))
                .contains(new IdempotencyRecord(FINGERPRINT, Optional.empty(), NOW));
    }

    @Test
    void givenUnclaimedKey_find_findsNothing() {
        idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, NOW, KEEP_UNTIL);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, "another-key")).isEmpty();
    }

    @Test
    void givenCompletedRequest_find_answersItsResult() {
        idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, NOW, KEEP_UNTIL);

        idempotencyKeys().complete(LI_LEIS_PAYMENTS, KEY, "GO_TO_WALLET 5b1e0c1a https://wallet.example.cn/confirm");

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY)).contains(new IdempotencyRecord(FINGERPRINT,
                Optional.of("GO_TO_WALLET 5b1e0c1a https://wallet.example.cn/confirm"), NOW));
    }

    @Test
    void givenReleasedKey_itCanBeClaimedAgain_byAnotherRequest() {
        idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, NOW, KEEP_UNTIL);

        idempotencyKeys().release(LI_LEIS_PAYMENTS, KEY);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY)).isEmpty();
        assertThat(idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, "order=0002;wallet=preferred", NOW.plusSeconds(5),
                KEEP_UNTIL)).isTrue();
        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY)).contains(
                new IdempotencyRecord("order=0002;wallet=preferred", Optional.empty(), NOW.plusSeconds(5)));
    }

    @Test
    void sameKeyInAnotherScope_isAnotherKey() {
        idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, NOW, KEEP_UNTIL);
        idempotencyKeys().complete(LI_LEIS_PAYMENTS, KEY, "PAID");

        assertThat(idempotencyKeys().claim(HAN_MEIMEIS_PAYMENTS, KEY, "order=0009;wallet=preferred", NOW,
                KEEP_UNTIL)).isTrue();
        idempotencyKeys().release(HAN_MEIMEIS_PAYMENTS, KEY);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY))
                .contains(new IdempotencyRecord(FINGERPRINT, Optional.of("PAID"), NOW));
        assertThat(idempotencyKeys().find(HAN_MEIMEIS_PAYMENTS, KEY)).isEmpty();
    }

    @Test
    void forgetExpired_forgetsAndCountsOnlyKeysKeptUntilBeforeNow() {
        idempotencyKeys().claim(LI_LEIS_PAYMENTS, "long-ago", FINGERPRINT, NOW, NOW.minus(Duration.ofDays(1)));
        idempotencyKeys().claim(HAN_MEIMEIS_PAYMENTS, "just-expired", FINGERPRINT, NOW, NOW.minusNanos(1_000));
        idempotencyKeys().claim(LI_LEIS_PAYMENTS, "expires-now", FINGERPRINT, NOW, NOW);
        idempotencyKeys().claim(LI_LEIS_PAYMENTS, "still-kept", FINGERPRINT, NOW, NOW.plus(Duration.ofHours(1)));

        assertThat(idempotencyKeys().forgetExpired(NOW)).isEqualTo(2);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, "long-ago")).isEmpty();
        assertThat(idempotencyKeys().find(HAN_MEIMEIS_PAYMENTS, "just-expired")).isEmpty();
        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, "expires-now")).isPresent();
        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, "still-kept")).isPresent();
        assertThat(idempotencyKeys().claim(LI_LEIS_PAYMENTS, "long-ago", FINGERPRINT, NOW, KEEP_UNTIL)).isTrue();
    }

    @Test
    void claimRefusedInsideATransaction_leavesTheTransactionUsableAndItsOtherClaimsKept() {
        idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, NOW, KEEP_UNTIL);

        boolean claimedAgain = transactions().inTransaction(() -> {
            boolean claimed = idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, NOW, KEEP_UNTIL);
            idempotencyKeys().claim(LI_LEIS_PAYMENTS, "another-key", FINGERPRINT, NOW, KEEP_UNTIL);
            return claimed;
        });

        assertThat(claimedAgain).isFalse();
        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, "another-key")).isPresent();
    }

    @Test
    void givenUnitOfWorkThatFailsAfterClaiming_theKeyIsFreeAgain() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, NOW, KEEP_UNTIL);
            throw new IllegalStateException("the unit of work failed after claiming");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY)).isEmpty();
        assertThat(idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, FINGERPRINT, NOW, KEEP_UNTIL)).isTrue();
    }

    /** A double click, or a retry after a timeout, reaches several nodes at once: only one request may go on. */
    @Test
    void fiftyRequestsClaimingTheSameKeyAtOnce_exactlyOneWins() throws Exception {
        int requests = 50;
        CountDownLatch allReady = new CountDownLatch(requests);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int request = 0; request < requests; request++) {
                String fingerprint = "request-" + request;
                claims.add(threads.submit(() -> {
                    allReady.countDown();
                    go.await();
                    return idempotencyKeys().claim(LI_LEIS_PAYMENTS, KEY, fingerprint, NOW, KEEP_UNTIL);
                }));
            }
            assertThat(allReady.await(10, TimeUnit.SECONDS)).as("every request ready").isTrue();
            go.countDown();

            List<String> winners = new ArrayList<>();
            for (int request = 0; request < requests; request++) {
                if (claims.get(request).get(30, TimeUnit.SECONDS)) {
                    winners.add("request-" + request);
                }
            }

            assertThat(winners).hasSize(1);
            assertThat(idempotencyKeys().find(LI_LEIS_PAYMENTS, KEY)).get()
                    .extracting(IdempotencyRecord::fingerprint).isEqualTo(winners.getFirst());
        } finally {
            go.countDown();
            threads.shutdownNow();
        }
    }
}
