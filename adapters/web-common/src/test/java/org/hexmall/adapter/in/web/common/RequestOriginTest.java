package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Absolute links go back to the host the browser or client used, and a Host header cannot bend them. */
class RequestOriginTest {

    @Test
    void theOriginIsThisSiteAsTheClientUsedIt() {
        assertThat(RequestOrigin.of("http", "localhost:7070")).contains("http://localhost:7070");
        assertThat(RequestOrigin.of("https", "shop.example.cn")).contains("https://shop.example.cn");
        assertThat(RequestOrigin.of("http", "[::1]:7070")).contains("http://[::1]:7070");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"evil.example/x?", "a b", "user@evil.example", "host:port", "shop.example\r\nX: 1"})
    void aHostThatIsNoHost_givesNoOrigin(String host) {
        assertThat(RequestOrigin.of("http", host)).isEmpty();
    }

    @Test
    void aSchemeOtherThanHttps_isPlainHttp() {
        assertThat(RequestOrigin.of("javascript", "localhost")).contains("http://localhost");
    }
}
