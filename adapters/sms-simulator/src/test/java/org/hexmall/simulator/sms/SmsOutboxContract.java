package org.hexmall.simulator.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hexmall.domain.account.PhoneNumber;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SmsOutbox} keeps: the in-memory outbox the tests use and the database one the demo uses
 * both pass these tests, so they cannot drift apart.
 */
abstract class SmsOutboxContract {

    static final PhoneNumber LI_LEI = new PhoneNumber("13800000001");
    static final PhoneNumber HAN_MEIMEI = new PhoneNumber("13800000002");
    static final Instant NINE = Instant.parse("2026-11-22T01:00:00Z");
    static final Instant TEN = Instant.parse("2026-11-22T02:00:00Z");

    /** An outbox with nothing in it. */
    protected abstract SmsOutbox outbox();

    @Test
    void aPhoneSeesOnlyItsOwnMessagesNewestFirst() {
        outbox().add(new SmsMessage(LI_LEI, "first", NINE));
        outbox().add(new SmsMessage(HAN_MEIMEI, "for someone else", TEN));
        outbox().add(new SmsMessage(LI_LEI, "second", TEN));

        assertThat(outbox().messagesTo(LI_LEI)).containsExactly(
                new SmsMessage(LI_LEI, "second", TEN), new SmsMessage(LI_LEI, "first", NINE));
    }

    @Test
    void ofTwoMessagesSentAtTheSameMomentTheLaterOneComesFirst() {
        outbox().add(new SmsMessage(LI_LEI, "【hexmall】您的验证码为 111111", TEN));
        outbox().add(new SmsMessage(LI_LEI, "【hexmall】您的验证码为 222222", TEN));

        assertThat(outbox().messagesTo(LI_LEI)).extracting(SmsMessage::text)
                .containsExactly("【hexmall】您的验证码为 222222", "【hexmall】您的验证码为 111111");
    }

    @Test
    void aPhoneThatReceivedNothingHasNoMessages() {
        outbox().add(new SmsMessage(HAN_MEIMEI, "hello", TEN));

        assertThat(outbox().messagesTo(LI_LEI)).isEmpty();
    }
}
