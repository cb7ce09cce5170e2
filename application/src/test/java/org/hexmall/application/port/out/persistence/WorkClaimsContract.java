package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.hexmall.application.port.out.persistence.WorkClaims.Work;
import org.junit.jupiter.api.Test;

/** What every {@link WorkClaims} adapter must do. Each test starts with no claims. */
public abstract class WorkClaimsContract {

    private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");
    private static final Instant LEASE_ENDS = NOW.plus(Duration.ofMinutes(2));
    private static final String PAYMENT = "6f1f5a3e-2f8e-4d55-9d36-2b6c1c7a0001";

    protected abstract WorkClaims workClaims();

    protected abstract TransactionRunner transactions();

    @Test
    void aFreeItem_isClaimed() {
        assertThat(claim(Work.PAYMENT_CHECK, PAYMENT, NOW)).isTrue();
    }

    @Test
    void anItemHeld_isRefusedUntilItsLeaseRunsOut_thenTakenOver() {
        claim(Work.PAYMENT_CHECK, PAYMENT, NOW);

        assertThat(claim(Work.PAYMENT_CHECK, PAYMENT, LEASE_ENDS.minusMillis(1))).isFalse();
        assertThat(claim(Work.PAYMENT_CHECK, PAYMENT, LEASE_ENDS)).isTrue();
        assertThat(claim(Work.PAYMENT_CHECK, PAYMENT, LEASE_ENDS.plusSeconds(1))).isFalse();
    }

    @Test
    void anItemLetGo_isFreeAtOnce() {
        claim(Work.PAYMENT_CHECK, PAYMENT, NOW);

        transactions().inTransaction(() -> workClaims().release(Work.PAYMENT_CHECK, PAYMENT));

        assertThat(claim(Work.PAYMENT_CHECK, PAYMENT, NOW.plusSeconds(1))).isTrue();
    }

    @Test
    void theSameItem_isClaimedApartForEachKindOfWork() {
        claim(Work.PAYMENT_CHECK, PAYMENT, NOW);

        assertThat(claim(Work.REFUND_RETRY, PAYMENT, NOW)).isTrue();
    }

    @Test
    void aRefusedClaim_leavesTheTransactionUsable() {
        claim(Work.PAYMENT_CHECK, PAYMENT, NOW);

        boolean second = transactions().inTransaction(() -> {
            boolean refused = workClaims().claim(Work.PAYMENT_CHECK, PAYMENT, NOW, LEASE_ENDS);
            return !refused && workClaims().claim(Work.REFUND_RETRY, "another", NOW, LEASE_ENDS);
        });

        assertThat(second).isTrue();
        assertThat(claim(Work.REFUND_RETRY, "another", NOW.plusSeconds(1))).isFalse();
    }

    private boolean claim(Work work, String item, Instant now) {
        return transactions().inTransaction(() -> workClaims().claim(work, item, now, now.plus(Duration.ofMinutes(2))));
    }
}
