package org.hexmall.adapter.out.persistence.jdbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A stand-in for the real encryption (the crypto adapter's cipher, which the composition root plugs in), for
 * this adapter's tests: NOT encryption, only a reversible disguise, plainly marked, so that the tests can see
 * that the adapter stores what the encryption returns and never the value itself.
 */
final class FakeFieldEncryption implements FieldEncryption {

    private static final String MARK = "fake:";

    @Override
    public String encrypt(String plaintext) {
        return MARK + Base64.getUrlEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String decrypt(String ciphertext) {
        if (!ciphertext.startsWith(MARK)) {
            throw new IllegalArgumentException("not made by this fake encryption");
        }
        return new String(Base64.getUrlDecoder().decode(ciphertext.substring(MARK.length())), StandardCharsets.UTF_8);
    }

    @Override
    public String blindIndex(String plaintext) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
