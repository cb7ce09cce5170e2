package org.hexmall.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HmacSecretHasherTest {

    private final FieldKey key = FieldKey.generate();
    private final HmacSecretHasher hasher = new HmacSecretHasher(key);

    @Test
    void theRightCodeMatchesItsHash_andAWrongOneDoesNot() {
        String hash = hasher.hash("042917");

        assertThat(hasher.matches("042917", hash)).isTrue();
        assertThat(hasher.matches("042918", hash)).isFalse();
    }

    @Test
    void hash_doesNotShowTheCode() {
        assertThat(hasher.hash("042917")).doesNotContain("042917").matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void hashMadeWithAnotherKey_matchesNothing() {
        String otherKeys = new HmacSecretHasher(FieldKey.generate()).hash("042917");

        assertThat(hasher.matches("042917", otherKeys)).isFalse();
    }

    @Test
    void hasherOfTheSameKeyOnAnotherNode_matchesTheHash() {
        assertThat(new HmacSecretHasher(key).matches("042917", hasher.hash("042917"))).isTrue();
    }

    @Test
    void missingOrDamagedHash_matchesNothingInsteadOfFailing() {
        assertThat(hasher.matches("042917", null)).isFalse();
        assertThat(hasher.matches("042917", "not-a-hash")).isFalse();
    }

    @Test
    void secretHashAndBlindIndexOfTheSameText_differBecauseEachPurposeHasItsOwnKey() {
        assertThat(hasher.hash("042917")).isNotEqualTo(new AesGcmFieldCipher(key).blindIndex("042917"));
    }
}
