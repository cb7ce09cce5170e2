package org.hexmall.application.port.out.security;

/**
 * Encrypts sensitive values before they are stored (authenticated encryption), and computes a keyed
 * hash of them so that stored values can still be found by exact match without being decrypted.
 */
public interface FieldCipher {

    String encrypt(String plaintext);

    /** Throws if the ciphertext was altered or made with another key. */
    String decrypt(String ciphertext);

    /** The same value always gives the same index; the index does not reveal the value. */
    String blindIndex(String plaintext);
}
