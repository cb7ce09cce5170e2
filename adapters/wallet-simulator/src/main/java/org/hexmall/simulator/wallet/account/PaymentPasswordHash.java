package org.hexmall.simulator.wallet.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * How a simulated provider keeps a payment password: SHA-256 over a random per-account salt and the password.
 * Good enough for a SIMULATION only. hexmall's own passwords use Argon2id (adapters/crypto), which is slow on
 * purpose so that a stolen table cannot be guessed through quickly; a fast hash like this one can.
 *
 * @param salt base64 of 16 random bytes
 * @param hash base64 of SHA-256(salt || password)
 */
public record PaymentPasswordHash(String salt, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;

    public PaymentPasswordHash {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
    }

    /** Hashes a new password with a fresh salt. */
    public static PaymentPasswordHash of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PaymentPasswordHash(base64(salt), base64(digest(salt, password)));
    }

    /** Compares in constant time, so the time taken tells nothing about how close a guess was. */
    public boolean matches(String password) {
        byte[] expected = Base64.getDecoder().decode(hash);
        return MessageDigest.isEqual(expected, digest(Base64.getDecoder().decode(salt), password));
    }

    /** Never the hash itself, so it cannot reach a log by accident. */
    @Override
    public String toString() {
        return "PaymentPasswordHash[SHA-256, salted]";
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
