package org.hexmall.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {

    @Test
    void aChineseName_isKeptWithoutTheSpacesAroundIt() {
        assertThat(DisplayName.parse("  李雷 ").value()).isEqualTo("李雷");
    }

    @ParameterizedTest
    @ValueSource(strings = {"韩梅梅", "欧阳娜娜", "王𬀩", "阿依古丽·买买提"})
    void chineseNames_withARareCharacterOrTheMiddleDotOfTransliteratedNames_areKeptAsTyped(String name) {
        assertThat(DisplayName.parse(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void nothingTyped_isRefusedAsMissing(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> DisplayName.parse(typed))
                .extracting(DomainException::code).isEqualTo("name.required");
    }

    @Test
    void fortyCharacters_isTheLongestNameAccepted() {
        assertThat(DisplayName.parse("李".repeat(40)).value()).hasSize(40);
    }

    @Test
    void fortyOneCharacters_isRefusedAsTooLongQuotingTheLimit() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> DisplayName.parse("李".repeat(41)))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("name.too-long");
                    assertThat(refusal.arguments()).containsExactly(40);
                });
    }

    @Test
    void fortyEmoji_isAcceptedBecauseTheLimitCountsCharactersNotUtf16Units() {
        String fortyEmoji = "😀".repeat(40);

        assertThat(DisplayName.parse(fortyEmoji).value()).isEqualTo(fortyEmoji);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Li\nLei", "Li\tLei", "Li\u0000Lei", "Li\u007fLei", "Li\u202eieL", "Li\u200bLei"})
    void aNameWithAControlOrInvisibleCharacterInside_isRefusedAsAFormatMistake(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> DisplayName.parse(typed))
                .extracting(DomainException::code).isEqualTo("name.format");
    }
}
