package org.hexmall.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void aTagInAnyCase_namesItsLanguage() {
        assertThat(Language.fromTag("zh-CN")).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.fromTag("zh-cn")).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.fromTag("EN")).contains(Language.ENGLISH);
    }

    @Test
    void aLanguageHexmallDoesNotSpeak_isNoLanguage() {
        assertThat(Language.fromTag("fr")).isEmpty();
        assertThat(Language.fromTag("zh-TW")).isEmpty();
        assertThat(Language.fromTag(null)).isEmpty();
    }
}
