package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SessionIdTest {

    @Test
    void anIdShorterThan32Characters_isRefusedAsTooEasyToGuess() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionId("a".repeat(31)));
    }

    @Test
    void printingAnId_neverRevealsIt() {
        String value = "k3Jx9QpZr7Lw2Vn8Ty5Bm4Hc6Fd1Gs0AeUoIiPl";

        assertThat(new SessionId(value).toString()).doesNotContain(value).doesNotContain("k3Jx9");
    }
}
