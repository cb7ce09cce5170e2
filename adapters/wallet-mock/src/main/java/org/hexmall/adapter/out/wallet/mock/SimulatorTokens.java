package org.hexmall.adapter.out.wallet.mock;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable, URL-safe values for the simulated providers' ids, agreement tokens and nonces. */
final class SimulatorTokens {

    /** 192 bits: far beyond guessing, and well above the 128 bits a nonce needs. */
    private static final int BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SimulatorTokens() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
