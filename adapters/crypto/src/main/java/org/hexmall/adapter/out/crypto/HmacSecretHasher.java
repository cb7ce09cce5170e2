package org.hexmall.adapter.out.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hexmall.application.port.out.security.SecretHasher;

/**
 * Hashes short secrets, such as six-digit verification codes, with HMAC-SHA256 under a key derived from the
 * {@link FieldKey}. A plain hash of six digits is undone by trying all million of them; without the key,
 * a copy of the database gives nothing to try them against.
 */
public final class HmacSecretHasher implements SecretHasher {

    private final SecretKeySpec key;

    public HmacSecretHasher(FieldKey fieldKey) {
        this.key = fieldKey.derive("hexmall secret hash", "HmacSHA256");
    }

    @Override
    public String hash(String secret) {
        try {
            Mac mac = Mac.getInstance(key.getAlgorithm());
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException everyJdkHasHmacSha256) {
            throw new IllegalStateException(everyJdkHasHmacSha256);
        }
    }

    /** Compares in constant time, so that the time taken does not tell how much of a guess was right. */
    @Override
    public boolean matches(String secret, String hash) {
        if (secret == null || hash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }
}
