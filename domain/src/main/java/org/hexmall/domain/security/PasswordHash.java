package org.hexmall.domain.security;

import java.util.Objects;

/** A password hash in the self-describing PHC string format ({@code $argon2id$v=19$...}). */
public record PasswordHash(String value) {

    public PasswordHash {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a password hash is never blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[******]";
    }
}
