package org.hexmall.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void printedSettings_showWhereButNeverThePassword() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db/hexmall", "hexmall", "s3cret-Pa55");

        assertThat(settings.toString()).contains("jdbc:postgresql://db/hexmall").doesNotContain("s3cret-Pa55");
    }

    @Test
    void settingsWithoutUrl_areRefused() {
        assertThatThrownBy(() -> new DatabaseSettings(" ", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
