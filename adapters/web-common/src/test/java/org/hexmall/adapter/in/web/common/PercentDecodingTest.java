package org.hexmall.adapter.in.web.common;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentDecodingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain-text        | plain-text",
            "a%20b             | a b",
            "%E4%B8%AD%E6%96%87 | 中文",
            "50%25             | 50%",
            "%2F               | /"})
    void decodesEveryWellFormedEscape(String encoded, String decoded) {
        assertThat(PercentDecoding.decode(encoded, UTF_8, false)).isEqualTo(decoded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"true | a b", "false | a+b"})
    void readsAPlusAsASpaceOnlyInQueriesAndForms(boolean plusIsSpace, String decoded) {
        assertThat(PercentDecoding.decode("a+b", UTF_8, plusIsSpace)).isEqualTo(decoded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%u0041", "%", "abc%", "%4", "%zz", "%4g", ";%", "%%41"})
    void refusesAPercentSignNotFollowedByTwoHexadecimalDigits(String encoded) {
        assertThatThrownBy(() -> PercentDecoding.decode(encoded, UTF_8, true))
                .isInstanceOf(PercentDecoding.Undecodable.class)
                .hasMessage("a '%' not followed by two hexadecimal digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%ff", "%C0%AF", "%E4%B8", "%ED%A0%80"})
    void refusesEscapedBytesThatAreNotUtf8Text(String encoded) {
        assertThatThrownBy(() -> PercentDecoding.decode(encoded, UTF_8, false))
                .isInstanceOf(PercentDecoding.Undecodable.class)
                .hasMessage("bytes that are not UTF-8 text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%ff", "%C0%AF"})
    void decodesTheBytesInTheCharacterSetTheRequestNames(String encoded) {
        assertThat(PercentDecoding.decode(encoded, ISO_8859_1, false)).hasSize(encoded.length() / 3);
    }

    @Test
    void leavesControlCharactersToTheCallerToJudge() {
        assertThat(PercentDecoding.decode("a%00b%0D%0A", UTF_8, false)).isEqualTo("a\u0000b\r\n");
    }
}
