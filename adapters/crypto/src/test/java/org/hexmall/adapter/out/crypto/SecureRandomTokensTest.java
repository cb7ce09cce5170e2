package org.hexmall.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureRandomTokensTest {

    private final SecureRandomTokens tokens = new SecureRandomTokens();

    @Test
    void tokensCarry256BitsInUrlSafeCharactersAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = tokens.token();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void uuidsAreRandomVersion4() {
        assertThat(tokens.uuid().version()).isEqualTo(4);
        assertThat(tokens.uuid()).isNotEqualTo(tokens.uuid());
    }
}
