package org.hexmall.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name a customer recognises their device by, read from what its browser says it is. */
class DeviceNameTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile "
                + "Safari/537.36 | Chrome on Android",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
                + "Mobile/15E148 Safari/604.1 | Safari on iPhone",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0 | Firefox on Windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                + "Safari/537.36 Edg/131.0.0.0 | Edge on Windows",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                + "Safari/537.36 | Chrome on Mac",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
                + "Safari/605.1.15 | Safari on Mac",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                + "CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1 | Chrome on iPhone",
        "Mozilla/5.0 (Linux; Android 13; V2183A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 "
                + "Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47 | WeChat on Android",
        "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
                + "Mobile/15E148 Safari/604.1 | Safari on iPad",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 "
                + "Safari/537.36 | Chrome on Linux",
        "curl/8.5.0 | An app on an unknown system",
        "hexmall-app/2.1 (Android 14; Pixel 8) okhttp/4.12.0 | An app on Android",
        "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003) | An app on Android",
        "Mozilla/5.0 (X11; Linux x86_64) | A browser on Linux",
    })
    void aUserAgent_namesTheBrowserAndTheSystem(String userAgent, String name) {
        assertThat(DeviceName.fromUserAgent(userAgent)).hasToString(name);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void noUserAgent_isAnUnknownDevice(String userAgent) {
        assertThat(DeviceName.fromUserAgent(userAgent)).isEqualTo(DeviceName.UNKNOWN);
        assertThat(DeviceName.fromUserAgent(null)).isEqualTo(DeviceName.UNKNOWN);
    }

    @Test
    void everyDeviceName_isReadBackFromTheNameAnEventKeeps() {
        for (DeviceName.Browser browser : DeviceName.Browser.values()) {
            for (DeviceName.Platform platform : DeviceName.Platform.values()) {
                DeviceName device = new DeviceName(browser, platform);
                assertThat(DeviceName.fromName(device.toString())).contains(device);
            }
        }
        assertThat(DeviceName.fromName("ALIPAY 138****0001")).isEmpty();
    }
}
