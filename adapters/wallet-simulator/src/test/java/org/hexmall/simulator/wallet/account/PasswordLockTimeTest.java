package org.hexmall.simulator.wallet.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/** The wallet app and the store show a lock's end to the second: both must name the same second. */
class PasswordLockTimeTest {

    private static final Duration LOCK = Duration.ofHours(3);
    private static final Instant MID_SECOND = Instant.parse("2026-11-22T10:00:00.250Z");

    private final WalletAccount account = WalletAccount.open(WalletProvider.ALIPAY,
            WalletAccountIdentifier.parse(WalletProvider.ALIPAY, "13800000001"), "李雷", 500_00, "135790");

    @Test
    void aLockThatStartsMidSecond_endsOnTheNextWholeSecond() {
        WalletAccount locked = account.afterWrongPassword(MID_SECOND, LOCK).afterWrongPassword(MID_SECOND, LOCK)
                .afterWrongPassword(MID_SECOND, LOCK);

        assertThat(locked.lockedUntil()).isEqualTo(Instant.parse("2026-11-22T13:00:01Z"));
        assertThat(locked.isPasswordLockedAt(MID_SECOND.plus(Duration.ofHours(3)))).isTrue();
    }

    @Test
    void aLockThatStartsOnAWholeSecond_lastsExactlyItsDuration() {
        Instant onTheSecond = Instant.parse("2026-11-22T10:00:00Z");

        WalletAccount locked = account.afterWrongPassword(onTheSecond, LOCK).afterWrongPassword(onTheSecond, LOCK)
                .afterWrongPassword(onTheSecond, LOCK);

        assertThat(locked.lockedUntil()).isEqualTo(Instant.parse("2026-11-22T13:00:00Z"));
    }
}
