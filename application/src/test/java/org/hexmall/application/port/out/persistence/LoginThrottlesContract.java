package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;

import java.time.Duration;
import java.time.Instant;
import org.hexmall.domain.security.LoginThrottle;
import org.junit.jupiter.api.Test;

/** What every {@link LoginThrottles} adapter must do. Each test starts with an empty store. */
public abstract class LoginThrottlesContract {

    private static final String KEY = "k7Qx0b6v2p9fM1sT4uW8yZ3aC5dE7gH9jL0nP2rS4tV";
    private static final Instant KEEP_UNTIL = NOW.plus(Duration.ofDays(30));

    protected abstract LoginThrottles loginThrottles();

    protected abstract TransactionRunner transactions();

    @Test
    void aLoginNeverThrottled_isClear() {
        assertThat(loginThrottles().find(KEY)).isEqualTo(LoginThrottle.CLEAR);
    }

    @Test
    void aKeptThrottle_isFoundAgainToTheMicrosecond() {
        var locked = new LoginThrottle(0, NOW.plus(Duration.ofMinutes(15)).plusNanos(123_000));

        loginThrottles().keep(KEY, new LoginThrottle(3, null), KEEP_UNTIL);
        assertThat(loginThrottles().find(KEY)).isEqualTo(new LoginThrottle(3, null));

        loginThrottles().keep(KEY, locked, KEEP_UNTIL);
        assertThat(loginThrottles().find(KEY)).isEqualTo(locked);
    }

    @Test
    void eachLoginKey_hasAThrottleOfItsOwn() {
        loginThrottles().keep(KEY, new LoginThrottle(4, null), KEEP_UNTIL);

        assertThat(loginThrottles().find(KEY + "x")).isEqualTo(LoginThrottle.CLEAR);
    }

    @Test
    void keepingTwiceInOneTransaction_leavesTheLastOne() {
        transactions().inTransaction(() -> {
            loginThrottles().keep(KEY, new LoginThrottle(1, null), KEEP_UNTIL);
            loginThrottles().keep(KEY, new LoginThrottle(2, null), KEEP_UNTIL);
            return null;
        });

        assertThat(loginThrottles().find(KEY)).isEqualTo(new LoginThrottle(2, null));
    }

    @Test
    void forgetExpired_forgetsAndCountsOnlyThrottlesKeptUntilBeforeNow() {
        loginThrottles().keep("long-ago", new LoginThrottle(4, null), NOW.minus(Duration.ofDays(1)));
        loginThrottles().keep("just-expired", new LoginThrottle(1, null), NOW.minusNanos(1_000));
        loginThrottles().keep("expires-now", new LoginThrottle(2, null), NOW);
        loginThrottles().keep(KEY, new LoginThrottle(3, null), KEEP_UNTIL);

        assertThat(loginThrottles().forgetExpired(NOW)).isEqualTo(2);

        assertThat(loginThrottles().find("long-ago")).isEqualTo(LoginThrottle.CLEAR);
        assertThat(loginThrottles().find("expires-now")).isEqualTo(new LoginThrottle(2, null));
        assertThat(loginThrottles().find(KEY)).isEqualTo(new LoginThrottle(3, null));
    }

    @Test
    void keepingInsideATransaction_replacesARowKeptBeforeAndInsertsANewOne() {
        loginThrottles().keep(KEY, new LoginThrottle(1, null), KEEP_UNTIL);

        transactions().inTransaction(() -> {
            loginThrottles().keep(KEY, new LoginThrottle(2, null), KEEP_UNTIL);
            loginThrottles().keep(KEY + "-other", new LoginThrottle(1, null), KEEP_UNTIL);
            return null;
        });

        assertThat(loginThrottles().find(KEY)).isEqualTo(new LoginThrottle(2, null));
        assertThat(loginThrottles().find(KEY + "-other")).isEqualTo(new LoginThrottle(1, null));
    }
}
