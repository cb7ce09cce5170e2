package org.hexmall.adapter.out.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.hexmall.application.port.out.security.RandomTokens;

/** Tokens and identifiers from the operating system's cryptographically secure random source. */
public final class SecureRandomTokens implements RandomTokens {

    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();

    @Override
    public String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return encoder.encodeToString(bytes);
    }

    @Override
    public UUID uuid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(high, low);
    }

    @Override
    public RandomGenerator generator() {
        return random;
    }
}
