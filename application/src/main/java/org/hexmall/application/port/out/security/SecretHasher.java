package org.hexmall.application.port.out.security;

/**
 * Hashes short secrets such as verification codes with a server-side key, so that a copy of the
 * database is no help in guessing them, and compares such hashes in constant time.
 */
public interface SecretHasher {

    String hash(String secret);

    boolean matches(String secret, String hash);
}
