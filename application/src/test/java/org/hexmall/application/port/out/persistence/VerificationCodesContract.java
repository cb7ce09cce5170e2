package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.domain.security.CodePurpose.PASSWORD_RESET;
import static org.hexmall.domain.security.CodePurpose.WALLET_BINDING;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
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

        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE, WALLET_BINDING)).contains(sent);
    }

    @Test
    void givenCodeEnteredWrongTwiceThenRight_save_keepsTheCountAndTheMomentOfUse() {
        VerificationCode sent = sentTo(LI_LEIS_PHONE, NOW);
        verificationCodes().save(sent);
        VerificationCode used = new VerificationCode(sent.id(), sent.phone(), sent.purpose(), sent.codeHash(), sent.sentAt(), 2,
                NOW.plus(Duration.ofMinutes(2)));

        verificationCodes().save(used);

        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE, WALLET_BINDING)).contains(used);
        assertThat(verificationCodes().countSentSince(LI_LEIS_PHONE, NOW)).isEqualTo(1);
    }

    @Test
    void givenThreeCodesSavedOutOfOrder_latestFor_returnsTheOneSentLast() {
        VerificationCode last = sentTo(LI_LEIS_PHONE, NOW.plus(Duration.ofMinutes(2)));
        verificationCodes().save(sentTo(LI_LEIS_PHONE, NOW.plus(Duration.ofMinutes(1))));
        verificationCodes().save(last);
        verificationCodes().save(sentTo(LI_LEIS_PHONE, NOW));

        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE, WALLET_BINDING)).contains(last);
    }

    @Test
    void givenCodeSentToAnotherPhone_latestFor_findsNothing() {
        verificationCodes().save(sentTo(HAN_MEIMEIS_PHONE, NOW));

        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE, WALLET_BINDING)).isEmpty();
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
    void sentSince_listsThatPhonesCodesForThatPurposeSentAtOrAfterTheMoment_newestFirst() {
        Instant since = NOW.minus(Duration.ofMinutes(5));
        VerificationCode first = sentTo(LI_LEIS_PHONE, since);
        VerificationCode second = sentTo(LI_LEIS_PHONE, NOW);
        verificationCodes().save(second);
        verificationCodes().save(sentTo(LI_LEIS_PHONE, since.minusNanos(1_000)));
        verificationCodes().save(first);
        verificationCodes().save(sentTo(HAN_MEIMEIS_PHONE, NOW));
        verificationCodes().save(VerificationCode.sent(new VerificationCodeId(UUID.randomUUID()), LI_LEIS_PHONE,
                PASSWORD_RESET, "hash", NOW));

        assertThat(verificationCodes().sentSince(LI_LEIS_PHONE, WALLET_BINDING, since)).containsExactly(second, first);
    }

    @Test
    void givenNoCodes_countSentSince_isZero() {
        assertThat(verificationCodes().countSentSince(LI_LEIS_PHONE, NOW)).isZero();
    }

    @Test
    void givenCodesForBothPurposes_latestFor_findsOnlyTheCodeSentForTheOneAskedFor() {
        VerificationCode forBinding = sentTo(LI_LEIS_PHONE, WALLET_BINDING, NOW);
        VerificationCode forReset = sentTo(LI_LEIS_PHONE, PASSWORD_RESET, NOW.plus(Duration.ofMinutes(1)));
        verificationCodes().save(forBinding);
        verificationCodes().save(forReset);

        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE, WALLET_BINDING)).contains(forBinding);
        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE, PASSWORD_RESET)).contains(forReset);
    }

    @Test
    void givenOnlyAWalletBindingCode_latestForAPasswordReset_findsNothing() {
        verificationCodes().save(sentTo(LI_LEIS_PHONE, WALLET_BINDING, NOW));

        assertThat(verificationCodes().latestFor(LI_LEIS_PHONE, PASSWORD_RESET)).isEmpty();
    }

    @Test
    void countSentSince_countsTheCodesOfEveryPurpose() {
        verificationCodes().save(sentTo(LI_LEIS_PHONE, WALLET_BINDING, NOW));
        verificationCodes().save(sentTo(LI_LEIS_PHONE, PASSWORD_RESET, NOW));

        assertThat(verificationCodes().countSentSince(LI_LEIS_PHONE, NOW)).isEqualTo(2);
    }

    private static VerificationCode sentTo(PhoneNumber phone, Instant sentAt) {
        return sentTo(phone, WALLET_BINDING, sentAt);
    }

    private static VerificationCode sentTo(PhoneNumber phone, CodePurpose purpose, Instant sentAt) {
        return VerificationCode.sent(new VerificationCodeId(UUID.randomUUID()), phone, purpose,
                "q0ZbAVq1yWo0xq2rJ5mXcJmUuM0Hk2y8wQ3d2k1Xo9E", sentAt);
    }
}
