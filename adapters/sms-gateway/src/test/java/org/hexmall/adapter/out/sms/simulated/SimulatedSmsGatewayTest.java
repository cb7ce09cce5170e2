package org.hexmall.adapter.out.sms.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Language;
import org.hexmall.simulator.sms.SmsMessage;
import org.hexmall.simulator.sms.SmsOutbox;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the customer's phone receives when hexmall sends a verification code. */
class SimulatedSmsGatewayTest {

    private static final PhoneNumber PHONE = new PhoneNumber("13800000001");
    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    private final SmsOutbox phones = SmsOutbox.inMemory();
    private final SimulatedSmsGateway sms = new SimulatedSmsGateway(phones, Clock.fixed(NOW, ZoneOffset.UTC),
            ZoneOffset.UTC);

    @Test
    void anEnglishSpeakerReadsTheCodeHowLongItLastsAndNeverToShareIt() {
        sms.send(PHONE, "123456", Duration.ofMinutes(5), Language.ENGLISH);

        assertThat(phones.messagesTo(PHONE)).containsExactly(new SmsMessage(PHONE,
                "【hexmall】Your verification code is 123456. It is valid for 5 minutes. "
                        + "Never tell it to anyone, not even hexmall staff.", NOW));
    }

    @Test
    void aChineseSpeakerReadsItInChinese() {
        sms.send(PHONE, "123456", Duration.ofMinutes(5), Language.SIMPLIFIED_CHINESE);

        assertThat(phones.messagesTo(PHONE)).extracting(SmsMessage::text).containsExactly(
                "【hexmall】您的验证码为 123456，5 分钟内有效。请勿告诉任何人，包括 hexmall 工作人员。");
    }

    @Test
    void theValidityIsNeverOverstated() {
        sms.send(PHONE, "123456", Duration.ofSeconds(90), Language.ENGLISH);

        assertThat(phones.messagesTo(PHONE).getFirst().text()).contains("It is valid for 1 minute.");
    }

    @Test
    void thePhoneShowsTheCodeOfTheNewestMessage() {
        sms.send(PHONE, "111111", Duration.ofMinutes(5), Language.ENGLISH);
        sms.send(PHONE, "222222", Duration.ofMinutes(5), Language.SIMPLIFIED_CHINESE);

        assertThat(phones.latestCodeFor(PHONE)).contains("222222");
        assertThat(phones.latestCodeFor(new PhoneNumber("13800000002"))).isEmpty();
    }

    @Test
    void aLoginFromANewDevice_isToldWithTheDeviceAndTheStoresTimeOfDay() {
        var beijing = new SimulatedSmsGateway(phones, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));

        beijing.newDeviceLogin(PHONE, new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID),
                Instant.parse("2026-11-22T06:02:00Z"), Language.ENGLISH);

        assertThat(phones.messagesTo(PHONE).getFirst().text()).startsWith(
                "【hexmall】New login on Chrome on Android at 14:02; not you? Change your password");
        assertThat(phones.latestCodeFor(PHONE)).isEmpty();
    }

    @Test
    void aChineseSpeakerIsToldOfTheNewDeviceInChinese() {
        sms.newDeviceLogin(PHONE, new DeviceName(DeviceName.Browser.SAFARI, DeviceName.Platform.IPHONE),
                Instant.parse("2026-11-22T06:02:00Z"), Language.SIMPLIFIED_CHINESE);

        assertThat(phones.messagesTo(PHONE).getFirst().text()).startsWith(
                "【hexmall】您的账户于 06:02 在新设备（iPhone 上的 Safari）登录。如非本人操作");
    }

    @Test
    void aChineseSpeakerIsToldOfAnAppOnAnUnknownSystemInChinese() {
        sms.newDeviceLogin(PHONE, new DeviceName(DeviceName.Browser.APP, DeviceName.Platform.OTHER),
                Instant.parse("2026-11-22T06:02:00Z"), Language.SIMPLIFIED_CHINESE);

        assertThat(phones.messagesTo(PHONE).getFirst().text()).startsWith(
                "【hexmall】您的账户于 06:02 在新设备（未知系统上的应用）登录。");
    }

    @Test
    void theCodeNeverReachesTheLog() {
        var log = (Logger) LoggerFactory.getLogger(SimulatedSmsGateway.class);
        var captured = new ListAppender<ILoggingEvent>();
        captured.start();
        Level before = log.getLevel();
        log.setLevel(Level.INFO);
        log.addAppender(captured);
        try {
            sms.send(PHONE, "987654", Duration.ofMinutes(5), Language.ENGLISH);
        } finally {
            log.detachAppender(captured);
            log.setLevel(before);
        }

        assertThat(captured.list).as("what the gateway logged").isNotEmpty()
                .allSatisfy(event -> assertThat(event.getFormattedMessage())
                        .doesNotContain("987654")
                        .doesNotContain("13800000001"));
    }
}
