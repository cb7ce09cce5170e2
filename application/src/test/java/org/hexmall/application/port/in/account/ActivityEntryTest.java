package org.hexmall.application.port.in.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.security.SecurityEventKind;
import org.junit.jupiter.api.Test;

/**
 * Each line of the activity has a name that "this wasn't me" sends back and that the line is known by again: a
 * login's outcome or a security event's kind, never both, although some events' kinds begin as a login's name does.
 */
class ActivityEntryTest {

    @Test
    void aLoginLockAndItsClearing_areNamedAsTheEventsTheyAre_notAsLogins() {
        for (SecurityEventKind kind : new SecurityEventKind[] {SecurityEventKind.LOGIN_LOCKED,
                SecurityEventKind.LOGIN_LOCK_CLEARED}) {
            assertThat(ActivityEntry.loginOutcomeNamed(kind.name())).as(kind.name()).isEmpty();
            assertThat(ActivityEntry.eventKindNamed(kind.name())).as(kind.name()).contains(kind);
        }
    }

    @Test
    void everyLineIsKnownByItsNameAgain_asALoginOrAsAnEvent_neverBoth() {
        for (LoginOutcome outcome : LoginOutcome.values()) {
            String name = ActivityEntry.Login.PREFIX + outcome.name();
            assertThat(ActivityEntry.loginOutcomeNamed(name)).as(name).contains(outcome);
            assertThat(ActivityEntry.eventKindNamed(name)).as(name).isEmpty();
        }
        for (SecurityEventKind kind : SecurityEventKind.values()) {
            assertThat(ActivityEntry.loginOutcomeNamed(kind.name())).as(kind.name()).isEmpty();
        }
        assertThat(Arrays.stream(new String[] {"LOGIN_", "LOGIN_LOCK", "SUCCEEDED", "", null}))
                .allSatisfy(name -> {
                    assertThat(ActivityEntry.loginOutcomeNamed(name)).isEmpty();
                    assertThat(ActivityEntry.eventKindNamed(name)).isEmpty();
                });
    }
}
