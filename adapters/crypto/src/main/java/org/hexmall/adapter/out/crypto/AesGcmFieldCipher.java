package org.hexmall.adapter.out.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts stored fields with AES-256-GCM, which also detects any change to the ciphertext, and computes
 * blind indexes with HMAC-SHA256. Both keys are derived from the {@link FieldKey}, one for each purpose.
 * <p>
 * A ciphertext reads {@code v1:} followed by base64url of the 96-bit nonce, the encrypted value and the
 * 128-bit tag. The nonce is random for every value, so equal values encrypt differently and a copy of the
 * database does not show which rows share one; the blind index is there for exactly that kind of look-up.
 * The version prefix leaves room to change the scheme while old values stay readable.
 * <p>
 * No use case asks for it, so it implements no port: the composition root plugs it into the persistence adapter
 * that keeps encrypted columns.
 */
public final class AesGcmFieldCipher {

    private static final String VERSION = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    public AesGcmFieldCipher(FieldKey key) {
        this.encryptionKey = key.derive("hexmall field encryption", "AES");
        this.indexKey = key.derive("hexmall blind index", "HmacSHA256");
    }

    public String encrypt(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + BASE64URL.encodeToString(stored);
        } catch (GeneralSecurityException everyJdkHasAesGcm) {
            throw new IllegalStateException(everyJdkHasAesGcm);
        }
    }

    /** Throws {@link IllegalArgumentException} if the value was altered, or encrypted with another key. */
    public String decrypt(String ciphertext) {
        byte[] stored = decodeStored(ciphertext);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            byte[] plaintext = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (AEADBadTagException alteredOrOtherKey) {
            // The message names no part of the value: it may end up in a log.
            throw new IllegalArgumentException("a stored value was altered or encrypted with another key");
        } catch (GeneralSecurityException everyJdkHasAesGcm) {
            throw new IllegalStateException(everyJdkHasAesGcm);
        }
    }

    /** The same value always gives the same index under one key; the index does not reveal the value. */
    public String blindIndex(String plaintext) {
        try {
            Mac mac = Mac.getInstance(indexKey.getAlgorithm());
            mac.init(indexKey);
            return BASE64URL.encodeToString(mac.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException everyJdkHasHmacSha256) {
            throw new IllegalStateException(everyJdkHasHmacSha256);
        }
    }

    private static byte[] decodeStored(String ciphertext) {
        if (ciphertext == null || !ciphertext.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a value encrypted by this cipher (expected the prefix v1:)");
        }
        byte[] stored;
        try {
            stored = Base64.getUrlDecoder().decode(ciphertext.substring(VERSION.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("a stored value was altered: it is not base64url");
        }
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("a stored value was cut short");
        }
        return stored;
    }
}
