package org.hexmall.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

    @Test
    void aHashInThePhcFormatMadeByAnotherArgon2idLibraryVerifies() {
        // Made by Password4j 1.8.4 with the same parameters: hashes stored before a change of library still log in.
        var stored = new PasswordHash(
                "$argon2id$v=19$m=19456,t=2,p=1$r3n4Dt1U4k1Px94fEA496g$tGTcy1WtrxIKhGCcEvm1IbJn+xvovK/4h9ArYf8prbA");

        assertThat(hasher.matches(new PlainPassword("demo-pass-1"), stored)).isTrue();
        assertThat(hasher.matches(new PlainPassword("demo-pass-2"), stored)).isFalse();
    }

    @Test
    void aStoredHashAskingForFarMoreWorkThanHexmallEverUsesIsRefusedWithoutBeingComputed() {
        var greedy = new PasswordHash(
                "$argon2id$v=19$m=4194304,t=2,p=1$r3n4Dt1U4k1Px94fEA496g$tGTcy1WtrxIKhGCcEvm1IbJn+xvovK/4h9ArYf8prbA");

        assertThat(hasher.matches(new PlainPassword("demo-pass-1"), greedy)).isFalse();
    }

    @Test
    void aLighterCostKeepsTheFormatAndTheChecks_andItsHashesVerifyWithTheRecommendedHasherToo() {
        var lighter = new Argon2PasswordHasher(256, 1);

        PasswordHash hash = lighter.hash(new PlainPassword("demo-pass-1"));

        assertThat(hash.value()).startsWith("$argon2id$v=19$m=256,t=1,p=1$");
        assertThat(lighter.matches(new PlainPassword("demo-pass-1"), hash)).isTrue();
        assertThat(hasher.matches(new PlainPassword("demo-pass-1"), hash)).isTrue();
        assertThat(hasher.matches(new PlainPassword("demo-pass-2"), hash)).isFalse();
        assertThat(lighter.hashesAsRecommended()).isFalse();
        assertThat(hasher.hashesAsRecommended()).isTrue();
    }

    @Test
    void aCostNoStoredHashCouldAskForIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2PasswordHasher(4, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2PasswordHasher(256, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2PasswordHasher(4 * 1024 * 1024, 2));
    }
}
