package org.hexmall.simulator.wallet.notification;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Unguessable, URL-safe values for what the simulated providers put in their addresses and messages (ids,
 * agreement tokens, nonces), and references in the digits-only style of the providers' transaction numbers.
 */
public final class SimulatorTokens {

    /** 192 bits: far beyond guessing, and well above the 128 bits a nonce needs. */
    private static final int BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The providers' own day, which their transaction numbers start with. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final int REFERENCE_DIGITS = 20;

    private SimulatorTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A transaction or refund reference like the providers': the day it was made, then 20 random digits. */
    public static String reference(Instant at) {
        StringBuilder reference = new StringBuilder(DAY.format(at));
        for (int i = 0; i < REFERENCE_DIGITS; i++) {
            reference.append(RANDOM.nextInt(10));
        }
        return reference.toString();
    }
}
