package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.VerificationCode;
import org.hexmall.domain.security.VerificationCodeId;
import org.junit.jupiter.api.Test;

/** What every {@link VerificationCodes} adapter must do. Each test starts with an empty store. */
public abstract class VerificationCodesContract {

    private static final PhoneNumber LI_LEIS_PHONE = new PhoneNumber("13800000001");
    private static final PhoneNumber HAN_MEIMEIS_PHONE = new PhoneNumber("13900000002");

    protected abstract VerificationCodes verificationCodes();

    @Test
    void givenSentCode_latestFor_returnsItUnchanged() {
        VerificationCode sent = sentTo(LI_LEIS_PHONE, NOW);
        verificationCodes().save(sent);

        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE)).contains(sent);
    }

    @Test
    void givenCodeEnteredWrongTwiceThenRight_save_keepsTheCountAndTheMomentOfUse() {
        VerificationCode sent = sentTo(LI_LEIS_PHONE, NOW);
        verificationCodes().save(sent);
        VerificationCode used = new VerificationCode(sent.id(), sent.phone(), sent.codeHash(), sent.sentAt(), 2,
                NOW.plus(Duration.ofMinutes(2)));

        verificationCodes().save(used);

        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE)).contains(used);
        assertThat(verificationCodes().countSentSince(LI_LEIS_PHONE, NOW)).isEqualTo(1);
    }

    @Test
    void givenThreeCodesSavedOutOfOrder_latestFor_returnsTheOneSentLast() {
        VerificationCode last = sentTo(LI_LEIS_PHONE, NOW.plus(Duration.ofMinutes(2)));
        verificationCodes().save(sentTo(LI_LEIS_PHONE, NOW.plus(Duration.ofMinutes(1))));
        verificationCodes().save(last);
        verificationCodes().save(sentTo(LI_LEIS_PHONE, NOW));

        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE)).contains(last);
    }

    @Test
    void givenCodeSentToAnotherPhone_latestFor_findsNothing() {
        verificationCodes().save(sentTo(HAN_MEIMEIS_PHONE, NOW));

        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE)).isEmpty();
    }

    @Test
    void countSentSince_countsCodesSentAtOrAfterTheMomentToThatPhoneOnly() {
        Instant since = NOW.minus(Duration.ofHours(1));
        verificationCodes().save(sentTo(LI_LEIS_PHONE, since.minusNanos(1_000)));
        verificationCodes().save(sentTo(LI_LEIS_PHONE, since));
        verificationCodes().save(sentTo(LI_LEIS_PHONE, NOW));
        verificationCodes().save(sentTo(HAN_MEIMEIS_PHONE, NOW));

        assertThat(verificationCodes().countSentSince(LI_LEIS_PHONE, since)).isEqualTo(2);
    }

    @Test
    void givenNoCodes_countSentSince_isZero() {
        assertThat(verificationCodes().countSentSince(LI_LEIS_PHONE, NOW)).isZero();
    }

    private static VerificationCode sentTo(PhoneNumber phone, Instant sentAt) {
        return VerificationCode.sent(new VerificationCodeId(UUID.randomUUID()), phone,
                "q0ZbAVq1yWo0xq2rJ5mXcJmUuM0Hk2y8wQ3d2k1Xo9E", sentAt);
    }
}
