package org.hexmall.adapter.out.persistence.jdbi;

/**
 * What this adapter needs to keep sensitive columns unreadable in the database: authenticated encryption, and a
 * keyed hash (blind index) of a value, so that stored values can still be found by exact match without being
 * decrypted. No use case asks for it; it is this adapter's own need, met by whatever the composition root plugs in.
 */
public interface FieldEncryption {

    String encrypt(String plaintext);

    /** Throws if the ciphertext was altered or made with another key. */
    String decrypt(String ciphertext);

    /** The same value always gives the same index; the index does not reveal the value. */
    String blindIndex(String plaintext);
}
