package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.VerificationCode.CodeCheck;
import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerificationCodeTest {

    private static final Instant SENT = Instant.parse("2025-11-11T10:00:00Z");
    private static final Instant TYPED = SENT.plus(Duration.ofMinutes(1));
    private static final Instant FIVE_MINUTES_LATER = SENT.plus(Duration.ofMinutes(5));
    private static final VerificationCodePolicy POLICY = VerificationCodePolicy.STANDARD;
    private static final boolean RIGHT = true;
    private static final boolean WRONG = false;

    private final VerificationCode code = VerificationCode.sent(
            new VerificationCodeId(UUID.fromString("0c0de000-0000-4000-8000-000000000001")),
            PhoneNumber.parse("13800138000"), CodePurpose.PASSWORD_RESET, "hmac-sha256:3f9a0c", SENT);

    // The digits

    @ParameterizedTest
    @CsvSource({"42, 000042", "0, 000000", "999999, 999999"})
    void aCode_alwaysHasSixDigitsIncludingLeadingZeros(int drawn, String digits) {
        assertThat(VerificationCode.newDigits(alwaysDrawing(drawn))).isEqualTo(digits);
    }

    @Test
    void codesFromARandomSource_areSixAsciiDigitsAndDifferFromEachOther() {
        SplittableRandom random = new SplittableRandom(20251111L);

        List<String> codes = IntStream.range(0, 100).mapToObj(i -> VerificationCode.newDigits(random)).toList();

        assertThat(codes).allMatch(digits -> digits.matches("[0-9]{6}")).doesNotHaveDuplicates();
    }

    @Test
    void aCode_isWrittenInAsciiDigitsWhateverTheServersDefaultLocale() {
        Locale serverLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));

            assertThat(VerificationCode.newDigits(alwaysDrawing(42))).isEqualTo("000042");
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    // What a person types

    @ParameterizedTest
    @CsvSource({"'123456', 123456", "' 123 456 ', 123456", "'１２３４５６', 123456", "'123　456', 123456"})
    void typedDigits_forgiveSpacesAndFullWidthDigits(String typed, String digits) {
        assertThat(VerificationCode.typedDigits(typed)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource({"'12345', code.format", "'1234567', code.format", "'12345a', code.format", "'', code.required",
            "'   ', code.required"})
    void typedDigits_refuseAnythingButSixDigits(String typed, String reason) {
        assertThatThrownBy(() -> VerificationCode.typedDigits(typed))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo(reason));
    }

    // Checking an entry

    @Test
    void aNewCode_hasNoWrongEntriesAndIsUnused() {
        assertThat(code.wrongEntries()).isZero();
        assertThat(code.usedAt()).isNull();
    }

    @Test
    void theRightCode_isAcceptedAndMarkedUsedAtThatMoment() {
        CodeCheck check = code.check(RIGHT, TYPED, POLICY);

        assertThat(check).isInstanceOf(CodeCheck.Accepted.class);
        assertThat(check.code().usedAt()).isEqualTo(TYPED);
    }

    @Test
    void checkingACode_neverChangesWhatItWasSentFor() {
        assertThat(code.check(RIGHT, TYPED, POLICY).code().purpose()).isEqualTo(CodePurpose.PASSWORD_RESET);
        assertThat(code.check(WRONG, TYPED, POLICY).code().purpose()).isEqualTo(CodePurpose.PASSWORD_RESET);
    }

    @Test
    void eachWrongEntry_saysHowManyEntriesAreLeft() {
        List<Integer> entriesLeft = new ArrayList<>();
        VerificationCode current = code;
        for (int i = 0; i < 4; i++) {
            CodeCheck.Wrong wrong = (CodeCheck.Wrong) current.check(WRONG, TYPED, POLICY);
            entriesLeft.add(wrong.entriesLeft());
            current = wrong.code();
        }

        assertThat(entriesLeft).containsExactly(4, 3, 2, 1);
        assertThat(current.wrongEntries()).isEqualTo(4);
    }

    @Test
    void givenFourWrongEntries_theRightCodeIsStillAccepted() {
        CodeCheck check = afterWrongEntries(4).check(RIGHT, TYPED, POLICY);

        assertThat(check).isInstanceOf(CodeCheck.Accepted.class);
    }

    @Test
    void givenFourWrongEntries_theFifthExhaustsTheCode() {
        CodeCheck check = afterWrongEntries(4).check(WRONG, TYPED, POLICY);

        assertThat(check).isInstanceOf(CodeCheck.Exhausted.class);
        assertThat(check.code().wrongEntries()).isEqualTo(5);
    }

    @Test
    void givenAnExhaustedCode_evenTheRightCodeIsRefused() {
        CodeCheck check = afterWrongEntries(5).check(RIGHT, TYPED, POLICY);

        assertThat(check).isInstanceOf(CodeCheck.Exhausted.class);
        assertThat(check.code().usedAt()).isNull();
    }

    @Test
    void theRightCodeJustBeforeFiveMinutes_isAccepted() {
        CodeCheck check = code.check(RIGHT, FIVE_MINUTES_LATER.minusNanos(1), POLICY);

        assertThat(check).isInstanceOf(CodeCheck.Accepted.class);
    }

    @Test
    void theRightCodeAtExactlyFiveMinutes_hasExpired() {
        CodeCheck check = code.check(RIGHT, FIVE_MINUTES_LATER, POLICY);

        assertThat(check).isInstanceOf(CodeCheck.Expired.class);
        assertThat(check.code().usedAt()).isNull();
    }

    @Test
    void aCodeAlreadyAccepted_doesNotWorkASecondTime() {
        VerificationCode used = code.check(RIGHT, TYPED, POLICY).code();

        CodeCheck check = used.check(RIGHT, TYPED.plusSeconds(10), POLICY);

        assertThat(check).isInstanceOf(CodeCheck.AlreadyUsed.class);
        assertThat(check.code().usedAt()).isEqualTo(TYPED);
    }

    @Test
    void aWrongEntry_isCountedOnlyInTheCodeTheCheckReturns() {
        CodeCheck check = code.check(WRONG, TYPED, POLICY);

        assertThat(check.code().wrongEntries()).isEqualTo(1);
        assertThat(code.wrongEntries()).isZero();
        assertThat(code.check(WRONG, TYPED, POLICY)).isEqualTo(check);
    }

    @Test
    void theCodeACheckReturns_isTheSameCodeWithOnlyItsCountOrUseChanged() {
        VerificationCode stored = code.check(WRONG, TYPED, POLICY).code();

        assertThat(stored.id()).isEqualTo(code.id());
        assertThat(stored.phone()).isEqualTo(code.phone());
        assertThat(stored.codeHash()).isEqualTo(code.codeHash());
        assertThat(stored.sentAt()).isEqualTo(SENT);
    }

    @Test
    void aCode_worksUntilItIsUsed_usedUp_orFiveMinutesOld_asItsCheckWouldSay() {
        assertThat(code.worksAt(FIVE_MINUTES_LATER.minusNanos(1), POLICY)).isTrue();
        assertThat(afterWrongEntries(4).worksAt(TYPED, POLICY)).isTrue();

        assertThat(code.worksAt(FIVE_MINUTES_LATER, POLICY)).isFalse();
        assertThat(afterWrongEntries(5).worksAt(TYPED, POLICY)).isFalse();
        assertThat(code.check(RIGHT, TYPED, POLICY).code().worksAt(TYPED, POLICY)).isFalse();
    }

    private VerificationCode afterWrongEntries(int count) {
        VerificationCode current = code;
        for (int i = 0; i < count; i++) {
            current = current.check(WRONG, TYPED, POLICY).code();
        }
        return current;
    }

    /** A stand-in for the secure random source that always draws the same number. */
    private static RandomGenerator alwaysDrawing(int drawn) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return drawn;
            }

            @Override
            public int nextInt(int bound) {
                return drawn;
            }
        };
    }
}
