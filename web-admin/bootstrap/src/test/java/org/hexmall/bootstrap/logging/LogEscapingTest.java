package org.hexmall.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LogEscapingTest {

    static Stream<Arguments> charactersThatCouldBreakTheLine() {
        return Stream.of(
                Arguments.of("alipay\r\nFAKE", "alipay\\r\\nFAKE"),
                Arguments.of("tab\there", "tab\\there"),
                Arguments.of("nul\u0000", "nul\\u0000"),
                Arguments.of("escape\u001b[31m", "escape\\u001b[31m"),
                Arguments.of("del\u007f", "del\\u007f"),
                Arguments.of("next-line\u0085", "next-line\\u0085"),
                Arguments.of("line\u2028paragraph\u2029", "line\\u2028paragraph\\u2029"));
    }

    @ParameterizedTest
    @MethodSource("charactersThatCouldBreakTheLine")
    void writesEveryCharacterThatCouldBreakTheLineAsAVisibleEscape(String raw, String escaped) {
        assertThat(LogEscaping.escape(raw)).isEqualTo(escaped);
    }

    @Test
    void leavesOrdinaryTextAsItIsInAnyScript() {
        String text = "Refused a notification for alipay: 支付宝 \"quoted\" \\ back-slashed";

        assertThat(LogEscaping.escape(text)).isSameAs(text);
        assertThat(LogEscaping.escape(null)).isNull();
    }
}
