package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.hexmall.bootstrap.HexmallConfig.Persistence;
import org.junit.jupiter.api.Test;

class HexmallConfigTest {

    @Test
    void withNoVariablesSetHexmallRunsTheDemoOnPort8080WithH2UnderData() {
        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.persistence()).isEqualTo(Persistence.JDBI);
        assertThat(config.databaseUrl()).isEqualTo("jdbc:h2:file:./data/hexmall");
        assertThat(config.demoData()).isTrue();
        assertThat(config.secureCookies()).isFalse();
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void everyVariableIsRead() {
        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_PORT", "9090",
                "HEXMALL_PERSISTENCE", "memory",
                "HEXMALL_DB_URL", "jdbc:postgresql://db:5432/hexmall",
                "HEXMALL_DB_USER", "hexmall",
                "HEXMALL_DB_PASSWORD", "s3cret-db-password",
                "HEXMALL_DEMO_DATA", "false",
                "HEXMALL_SECURE_COOKIES", "true",
                "HEXMALL_TIME_ZONE", "UTC"));

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.persistence()).isEqualTo(Persistence.MEMORY);
        assertThat(config.databaseUrl()).isEqualTo("jdbc:postgresql://db:5432/hexmall");
        assertThat(config.databaseUser()).isEqualTo("hexmall");
        assertThat(config.demoData()).isFalse();
        assertThat(config.secureCookies()).isTrue();
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.toString()).doesNotContain("s3cret-db-password");
    }

    @Test
    void anUnknownPersistenceFailsFastNamingTheVariableAndTheChoices() {
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PERSISTENCE", "mongo")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_PERSISTENCE must be 'jdbi' or 'memory', not 'mongo'");
    }

    @Test
    void badValuesFailFastWithOneLineEach() {
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PORT", "eighty")))
                .hasMessage("HEXMALL_PORT must be a number, not 'eighty'");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PORT", "70000")))
                .hasMessageContaining("from 0 to 65535");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_DEMO_DATA", "maybe")))
                .hasMessage("HEXMALL_DEMO_DATA must be true or false, not 'maybe'");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_DB_URL", "jdbc:mysql://x/y")))
                .hasMessageContaining("jdbc:h2: or jdbc:postgresql:");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_TIME_ZONE", "Mars/Olympus")))
                .hasMessageContaining("HEXMALL_TIME_ZONE");
    }
}
