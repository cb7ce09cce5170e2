package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
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
    void aPhoneAtItsDailyLimit_mayHaveAnotherCodeOnceItsOldestCodeOfTheDayIsADayOld() {
        List<Instant> tenCodes = IntStream.range(0, 10).mapToObj(i -> LAST_SENT.plus(Duration.ofMinutes(10L * i)))
                .toList().reversed();
        Instant now = LAST_SENT.plus(Duration.ofHours(3));

        assertThat(STANDARD.dailyLimitEndsAfter(tenCodes, now)).isEqualTo(LAST_SENT.plus(Duration.ofDays(1)));
        assertThat(STANDARD.maySend(Optional.of(LAST_SENT.plus(Duration.ofMinutes(90))), 9,
                LAST_SENT.plus(Duration.ofDays(1)).plusNanos(1))).isEqualTo(new SendDecision.Allowed());
    }

    @Test
    void aPhoneWithMoreCodesThanTheLimit_waitsUntilEnoughOfThemAreADayOld() {
        VerificationCodePolicy threeADay = new VerificationCodePolicy(Duration.ofMinutes(5), 5, Duration.ZERO, 3);
        List<Instant> fourCodes = List.of(LAST_SENT, LAST_SENT.plusSeconds(10), LAST_SENT.plusSeconds(20),
                LAST_SENT.plusSeconds(30));

        assertThat(threeADay.dailyLimitEndsAfter(fourCodes, LAST_SENT.plusSeconds(40)))
                .isEqualTo(LAST_SENT.plusSeconds(10).plus(Duration.ofDays(1)));
        assertThat(threeADay.dailyLimitEndsAfter(fourCodes.subList(0, 2), LAST_SENT.plusSeconds(40)))
                .as("below the limit").isEqualTo(LAST_SENT.plusSeconds(40));
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
