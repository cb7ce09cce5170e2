package org.hexmall.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentUsernameTest {

    @Test
    void aUsernameTypedInMixedCaseWithSpacesAround_isKeptTrimmedInLowerCase() {
        assertThat(AgentUsername.parse("  Wang.Fang ").value()).isEqualTo("wang.fang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wf1", "agent-007", "li.na.2025"})
    void lettersDigitsDotsAndDashes_makeAUsername(String typed) {
        assertThat(AgentUsername.parse(typed).value()).isEqualTo(typed);
    }

    @Test
    void thirtyTwoCharacters_isTheLongestUsernameAccepted() {
        assertThat(AgentUsername.parse("a".repeat(32)).value()).hasSize(32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wf", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", ".wang", "-wang", "wang fang", "wang_fang",
            "王芳芳", "wang@fang"})
    void anythingElse_isRefusedAsAFormatMistake(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> AgentUsername.parse(typed))
                .extracting(DomainException::code).isEqualTo("agent.username.format");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void nothingTyped_isRefusedAsMissing(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> AgentUsername.parse(typed))
                .extracting(DomainException::code).isEqualTo("agent.username.required");
    }
}
