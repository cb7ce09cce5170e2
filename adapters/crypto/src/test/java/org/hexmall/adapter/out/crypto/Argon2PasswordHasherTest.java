package org.hexmall.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.PlainPassword;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void hashIsArgon2idWithTheAgreedParametersAndNeverThePassword() {
        PasswordHash hash = hasher.hash(new PlainPassword("demo-pass-1"));

        assertThat(hash.value()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash.value()).doesNotContain("demo-pass-1");
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        PasswordHash hash = hasher.hash(new PlainPassword("demo-pass-1"));

        assertThat(hasher.matches(new PlainPassword("demo-pass-1"), hash)).isTrue();
        assertThat(hasher.matches(new PlainPassword("demo-pass-2"), hash)).isFalse();
    }

    @Test
    void samePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        assertThat(hasher.hash(new PlainPassword("demo-pass-1")))
                .isNotEqualTo(hasher.hash(new PlainPassword("demo-pass-1")));
    }

    @Test
    void aDamagedHashMatchesNothingInsteadOfFailing() {
        assertThat(hasher.matches(new PlainPassword("demo-pass-1"), new PasswordHash("not-a-hash"))).isFalse();
    }
}
