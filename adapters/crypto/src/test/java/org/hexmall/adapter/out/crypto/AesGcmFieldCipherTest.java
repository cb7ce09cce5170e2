package org.hexmall.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AesGcmFieldCipherTest {

    private static final String PHONE = "13812345678";

    private final AesGcmFieldCipher cipher = new AesGcmFieldCipher(FieldKey.generate());

    @Test
    void encryptedValue_decryptsToTheOriginal() {
        assertThat(cipher.decrypt(cipher.encrypt(PHONE))).isEqualTo(PHONE);
        assertThat(cipher.decrypt(cipher.encrypt("李雷@例子.中国"))).isEqualTo("李雷@例子.中国");
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
    }

    @Test
    void ciphertext_isVersionedUrlSafeTextThatDoesNotShowTheValue() {
        String ciphertext = cipher.encrypt(PHONE);

        assertThat(ciphertext).startsWith("v1:").doesNotContain(PHONE);
        assertThat(ciphertext.substring(3)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void sameValueEncryptedTwice_givesTwoDifferentCiphertexts() {
        assertThat(cipher.encrypt(PHONE)).isNotEqualTo(cipher.encrypt(PHONE));
    }

    @Test
    void alteredCiphertext_isRefused() {
        String ciphertext = cipher.encrypt(PHONE);
        int middle = ciphertext.length() / 2;
        char changed = ciphertext.charAt(middle) == 'A' ? 'B' : 'A';
        String altered = ciphertext.substring(0, middle) + changed + ciphertext.substring(middle + 1);

        assertThatThrownBy(() -> cipher.decrypt(altered))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void cutShortOrUnversionedCiphertext_isRefused() {
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt(PHONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ciphertextMadeWithAnotherKey_isRefused() {
        String otherKeys = new AesGcmFieldCipher(FieldKey.generate()).encrypt(PHONE);

        assertThatThrownBy(() -> cipher.decrypt(otherKeys)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blindIndex_isTheSameForTheSameValueAndKey_andDiffersForAnotherValue() {
        assertThat(cipher.blindIndex("WECHAT_PAY:" + PHONE)).isEqualTo(cipher.blindIndex("WECHAT_PAY:" + PHONE));
        assertThat(cipher.blindIndex("WECHAT_PAY:" + PHONE)).isNotEqualTo(cipher.blindIndex("ALIPAY:" + PHONE));
    }

    @Test
    void blindIndex_dependsOnTheKeyAndDoesNotShowTheValue() {
        FieldKey key = FieldKey.generate();

        assertThat(new AesGcmFieldCipher(key).blindIndex(PHONE))
                .isEqualTo(new AesGcmFieldCipher(key).blindIndex(PHONE))
                .isNotEqualTo(new AesGcmFieldCipher(FieldKey.generate()).blindIndex(PHONE))
                .doesNotContain(PHONE)
                .matches("[A-Za-z0-9_-]{43}");
    }
}
