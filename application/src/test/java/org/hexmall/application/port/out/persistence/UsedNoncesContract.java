package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UsedNonces} adapter must do. Each test starts with an empty store. Replays are also
 * refused inside a unit of work, which must go on afterwards, so the tests use {@link #transactions()}.
 */
public abstract class UsedNoncesContract {

    private static final Instant KEEP_UNTIL = NOW.plus(Duration.ofMinutes(10));

    protected abstract UsedNonces usedNonces();

    protected abstract TransactionRunner transactions();

    @Test
    void firstClaimOfANonce_isAccepted() {
        assertThat(usedNonces().claim("WECHAT_PAY", "n-0001", KEEP_UNTIL)).isTrue();
    }

    @Test
    void secondClaimOfTheSameNonceFromTheSameIssuer_isRefusedAsAReplay() {
        usedNonces().claim("WECHAT_PAY", "n-0001", KEEP_UNTIL);

        assertThat(usedNonces().claim("WECHAT_PAY", "n-0001", KEEP_UNTIL.plusSeconds(60))).isFalse();
    }

    @Test
    void sameNonceFromAnotherIssuer_isAccepted() {
        usedNonces().claim("WECHAT_PAY", "n-0001", KEEP_UNTIL);

        assertThat(usedNonces().claim("ALIPAY", "n-0001", KEEP_UNTIL)).isTrue();
    }

    @Test
    void replayRefusedInsideATransaction_leavesTheTransactionUsableAndItsOtherClaimsKept() {
        usedNonces().claim("WECHAT_PAY", "n-0001", KEEP_UNTIL);

        boolean replayAccepted = transactions().inTransaction(() -> {
            boolean accepted = usedNonces().claim("WECHAT_PAY", "n-0001", KEEP_UNTIL);
            usedNonces().claim("WECHAT_PAY", "n-0002", KEEP_UNTIL);
            return accepted;
        });

        assertThat(replayAccepted).isFalse();
        assertThat(usedNonces().claim("WECHAT_PAY", "n-0002", KEEP_UNTIL)).isFalse();
    }

    @Test
    void forgetExpired_forgetsAndCountsOnlyNoncesKeptUntilBeforeNow() {
        usedNonces().claim("WECHAT_PAY", "long-ago", NOW.minus(Duration.ofDays(1)));
        usedNonces().claim("ALIPAY", "just-expired", NOW.minusNanos(1_000));
        usedNonces().claim("WECHAT_PAY", "expires-now", NOW);
        usedNonces().claim("WECHAT_PAY", "still-fresh", NOW.plus(Duration.ofMinutes(5)));

        assertThat(usedNonces().forgetExpired(NOW)).isEqualTo(2);

        assertThat(usedNonces().claim("WECHAT_PAY", "expires-now", KEEP_UNTIL)).isFalse();
        assertThat(usedNonces().claim("WECHAT_PAY", "still-fresh", KEEP_UNTIL)).isFalse();
    }

    @Test
    void forgottenNonce_canBeClaimedAgain() {
        usedNonces().claim("WECHAT_PAY", "n-0001", NOW.minusSeconds(1));
        usedNonces().forgetExpired(NOW);

        assertThat(usedNonces().claim("WECHAT_PAY", "n-0001", KEEP_UNTIL)).isTrue();
    }
}
