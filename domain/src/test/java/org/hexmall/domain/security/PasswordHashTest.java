package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void printingAHash_neverRevealsIt() {
        String value = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

        assertThat(new PasswordHash(value).toString()).doesNotContain("argon2id").doesNotContain("aGFzaGhh");
    }

    @Test
    void aBlankHash_isRefusedSoNoAccountCanBeStoredWithoutAPassword() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHash("  "));
    }
}
