package org.hexmall.domain.security;

import java.util.Objects;

/** The unguessable token that names a session in its cookie. It never prints itself. */
public record SessionId(String value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
        if (value.length() < 32) {
            throw new IllegalArgumentException("a session id carries at least 32 characters of randomness");
        }
    }

    @Override
    public String toString() {
        return "SessionId[******]";
    }
}
