package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

    private final Messages messages = new Messages(List.of("i18n/common"));

    @Test
    void aMessageReadsInTheVisitorsLanguageWithItsValuesFilledIn() {
        assertThat(messages.get(Locale.ENGLISH, "error.password.too-short", 8))
                .isEqualTo("Use at least 8 characters for your password.");
        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, "error.password.too-short", 8))
                .isEqualTo("密码至少需要 8 个字符。");
    }

    @Test
    void inChinese_aValueThatBeginsOrEndsInLatinIsSpacedFromChineseCharacters() {
        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, "offer.first-payment.amount", "PayPal", "¥10.00"))
                .isEqualTo("PayPal 首次付款立减¥10.00");
        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, "offer.first-payment.amount", "支付宝", "¥10.00"))
                .isEqualTo("支付宝首次付款立减¥10.00");
        assertThat(ChineseSpacing.spaceMarkedValues("绑定" + ChineseSpacing.mark("PayPal")))
                .isEqualTo("绑定 PayPal");
        assertThat(ChineseSpacing.spaceMarkedValues(ChineseSpacing.mark("w***@example.com") + "已绑定"))
                .isEqualTo("w***@example.com 已绑定");
        assertThat(ChineseSpacing.spaceMarkedValues("已于 " + ChineseSpacing.mark("10:30") + " 关闭"))
                .isEqualTo("已于 10:30 关闭");
    }

    @Test
    void anUnknownKeyShowsAsAMarkerThatTestsCanSpot() {
        assertThat(messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("??no.such.key??");
    }

    @Test
    void theServersOwnLocaleNeverLeaksIntoEnglishPages() {
        Locale serverLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(messages.get(Locale.ENGLISH, "error.page.go-home")).isEqualTo("Go to the home page");
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "'zh-CN,zh;q=0.9,en;q=0.8', zh-CN",
            "'en-US,en;q=0.9,zh;q=0.8', en",
            "zh, zh-CN",
            "fr-FR, en",
            "'=;;q=x', en",
            "none, en"})
    void aPageWithoutASessionSpeaksTheLanguageTheBrowserAsksForIfHexmallSpeaksIt(String acceptLanguage,
                                                                                String language) {
        assertThat(Messages.localeAccepted(acceptLanguage).toLanguageTag()).isEqualTo(language);
    }
}
