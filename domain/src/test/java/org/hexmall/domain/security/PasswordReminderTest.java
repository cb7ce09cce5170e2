package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder.Reason;
import org.junit.jupiter.api.Test;

class PasswordReminderTest {

    private static final Instant SET = Instant.parse("2026-01-01T00:00:00Z");
    private static final PasswordReminderPolicy POLICY = PasswordReminderPolicy.STANDARD;
    private static final Instant HALF_A_YEAR_LATER = SET.plus(Duration.ofDays(180));
    private static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));

    private final PasswordReminder fresh = PasswordReminder.passwordSetAt(CUSTOMER, SET);

    @Test
    void aPasswordIsDueForAChange_after180DaysExactly() {
        assertThat(fresh.isDueAt(HALF_A_YEAR_LATER.minusSeconds(1), POLICY)).isFalse();
        assertThat(fresh.isDueAt(HALF_A_YEAR_LATER, POLICY)).isTrue();
    }

    @Test
    void aLockOrRiskHoldSinceTheLastChange_bringsTheReminderAtOnce() {
        Instant locked = SET.plus(Duration.ofDays(3));
        assertThat(fresh.raised(locked, Reason.LOGIN_LOCKED).isDueAt(locked, POLICY)).isTrue();
    }

    @Test
    void theReminderSaysWhyItShows_theAgeOfThePassword_aLoginLock_orARiskHold() {
        assertThat(fresh.dueAt(HALF_A_YEAR_LATER, POLICY)).contains(Reason.PASSWORD_OLD);
        Instant held = SET.plus(Duration.ofMinutes(5));
        assertThat(fresh.warnedAt(held, SecurityEventKind.RISK_HOLD).dueAt(held, POLICY)).contains(Reason.RISK_HOLD);
        assertThat(fresh.warnedAt(held, SecurityEventKind.LOGIN_LOCKED).dueAt(held, POLICY))
                .contains(Reason.LOGIN_LOCKED);
        assertThat(fresh.dueAt(held, POLICY)).isEmpty();
    }

    @Test
    void aHoldSinceTheLastDismissal_saysWhyBeforeTheAge_andTheAgeComesBackOnceTheDismissalIsOver() {
        Instant dismissedAt = HALF_A_YEAR_LATER.plus(Duration.ofDays(1));
        PasswordReminder dismissed = fresh.raised(SET.plus(Duration.ofDays(2)), Reason.RISK_HOLD)
                .dismissed(dismissedAt);
        Instant heldAgain = dismissedAt.plus(Duration.ofDays(1));

        assertThat(dismissed.warnedAt(heldAgain, SecurityEventKind.LOGIN_LOCKED).dueAt(heldAgain, POLICY))
                .contains(Reason.LOGIN_LOCKED);
        assertThat(dismissed.dueAt(dismissedAt.plus(POLICY.dismissFor()), POLICY)).contains(Reason.PASSWORD_OLD);
    }

    @Test
    void aReminderRaisedWithoutItsReason_orForTheAgeOfThePassword_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordReminder(CUSTOMER, SET, SET, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> fresh.raised(SET, Reason.PASSWORD_OLD));
        assertThatIllegalArgumentException().isThrownBy(() -> Reason.warnedBy(SecurityEventKind.WALLET_BOUND));
    }

    @Test
    void aDismissedReminder_staysAwayFor30Days_thenComesBackIfStillDue() {
        PasswordReminder dismissed = fresh.dismissed(HALF_A_YEAR_LATER);

        assertThat(dismissed.isDueAt(HALF_A_YEAR_LATER.plus(Duration.ofDays(29)), POLICY)).isFalse();
        assertThat(dismissed.isDueAt(HALF_A_YEAR_LATER.plus(Duration.ofDays(30)), POLICY)).isTrue();
    }

    @Test
    void aNewLockAfterADismissal_bringsTheReminderBackAtOnce() {
        Instant dismissedAt = SET.plus(Duration.ofDays(10));
        PasswordReminder dismissed = fresh.raised(SET.plus(Duration.ofDays(9)), Reason.LOGIN_LOCKED)
                .dismissed(dismissedAt);
        assertThat(dismissed.isDueAt(dismissedAt.plus(Duration.ofDays(1)), POLICY)).isFalse();

        Instant lockedAgain = dismissedAt.plus(Duration.ofDays(2));
        assertThat(dismissed.raised(lockedAgain, Reason.LOGIN_LOCKED).isDueAt(lockedAgain, POLICY)).isTrue();
    }

    @Test
    void changingThePassword_endsEveryReason() {
        Instant changed = HALF_A_YEAR_LATER.plus(Duration.ofDays(1));
        PasswordReminder afterChange = fresh.raised(SET.plus(Duration.ofDays(1)), Reason.LOGIN_LOCKED)
                .passwordChanged(changed);
        assertThat(afterChange.isDueAt(changed.plus(Duration.ofDays(179)), POLICY)).isFalse();
    }

    @Test
    void aWarningAfterTheLastChangeAndDismissal_raisesTheReminder_anEarlierOneDoesNot() {
        Instant dismissedAt = SET.plus(Duration.ofDays(10));
        PasswordReminder dismissed = fresh.dismissed(dismissedAt);

        assertThat(dismissed.warnedAt(dismissedAt.minusSeconds(1), SecurityEventKind.LOGIN_LOCKED)
                .isDueAt(dismissedAt.plusSeconds(1), POLICY))
                .isFalse();
        assertThat(dismissed.warnedAt(dismissedAt, SecurityEventKind.LOGIN_LOCKED)
                .isDueAt(dismissedAt.plusSeconds(1), POLICY)).isFalse();
        Instant lockedAgain = dismissedAt.plusSeconds(1);
        assertThat(dismissed.warnedAt(lockedAgain, SecurityEventKind.LOGIN_LOCKED).isDueAt(lockedAgain, POLICY))
                .isTrue();
        assertThat(dismissed.warnedAt(null, null)).isEqualTo(dismissed);
    }

    @Test
    void aWarningBeforeTheLastChange_isForgotten() {
        Instant changed = SET.plus(Duration.ofDays(20));
        PasswordReminder afterChange = fresh.passwordChanged(changed);
        assertThat(afterChange.warnedAt(changed.minusSeconds(60), SecurityEventKind.LOGIN_LOCKED)
                .isDueAt(changed.plusSeconds(60), POLICY)).isFalse();
    }
}
