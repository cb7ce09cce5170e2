package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.domain.security.VerificationCodePolicy.SendDecision;
import org.junit.jupiter.api.Test;

class VerificationCodePolicyTest {

    private static final Instant LAST_SENT = Instant.parse("2025-11-11T10:00:00Z");
    private static final VerificationCodePolicy STANDARD = VerificationCodePolicy.STANDARD;

    @Test
    void theStandardCode_isValidForFiveMinutesAndSurvivesFourWrongEntries() {
        assertThat(STANDARD.validity()).isEqualTo(Duration.ofMinutes(5));
        assertThat(STANDARD.maxWrongEntries()).isEqualTo(5);
    }

    @Test
    void theStandardPolicy_sendsAnotherCodeAfterSixtySecondsAndTenADay() {
        assertThat(STANDARD.resendInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(STANDARD.dailyLimit()).isEqualTo(10);
    }

    @Test
    void aPhoneThatNeverHadACode_isSentOne() {
        assertThat(STANDARD.maySend(Optional.empty(), 0, LAST_SENT)).isEqualTo(new SendDecision.Allowed());
    }

    @Test
    void askingAgainWithinSixtySeconds_isTooSoonAndSaysWhenToRetry() {
        SendDecision decision = STANDARD.maySend(Optional.of(LAST_SENT), 1, LAST_SENT.plusSeconds(59));

        assertThat(decision).isEqualTo(new SendDecision.TooSoon(LAST_SENT.plusSeconds(60)));
    }

    @Test
    void askingAgainAtOnce_isTooSoonUntilSixtySecondsAfterTheLastCode() {
        SendDecision decision = STANDARD.maySend(Optional.of(LAST_SENT), 1, LAST_SENT);

        assertThat(decision).isEqualTo(new SendDecision.TooSoon(LAST_SENT.plusSeconds(60)));
    }

    @Test
    void askingAgainExactlySixtySecondsLater_isSentAnotherCode() {
        SendDecision decision = STANDARD.maySend(Optional.of(LAST_SENT), 1, LAST_SENT.plusSeconds(60));

        assertThat(decision).isEqualTo(new SendDecision.Allowed());
    }

    @Test
    void givenNineCodesToday_theTenthIsSent() {
        SendDecision decision = STANDARD.maySend(Optional.of(LAST_SENT), 9, LAST_SENT.plus(Duration.ofMinutes(10)));

        assertThat(decision).isEqualTo(new SendDecision.Allowed());
    }

    @Test
    void givenTenCodesToday_noMoreAreSent() {
        SendDecision decision = STANDARD.maySend(Optional.of(LAST_SENT), 10, LAST_SENT.plus(Duration.ofHours(1)));

        assertThat(decision).isEqualTo(new SendDecision.DailyLimitReached());
    }

    @Test
    void givenTenCodesToday_theDailyLimitIsWhatTheCustomerHearsEvenWithinSixtySeconds() {
        SendDecision decision = STANDARD.maySend(Optional.of(LAST_SENT), 10, LAST_SENT.plusSeconds(5));

        assertThat(decision).isEqualTo(new SendDecision.DailyLimitReached());
    }

    @Test
    void aCodeValidForNoTimeAtAll_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new VerificationCodePolicy(Duration.ZERO, 5, Duration.ofSeconds(60), 10));
    }

    @Test
    void aPolicyAllowingNoEntryOrNoCodeADay_isRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new VerificationCodePolicy(Duration.ofMinutes(5), 0, Duration.ofSeconds(60), 10));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new VerificationCodePolicy(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), 0));
    }
}
