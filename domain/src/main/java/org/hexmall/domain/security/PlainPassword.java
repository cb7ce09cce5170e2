package org.hexmall.domain.security;

import java.util.Objects;

/**
 * A password as typed, held only long enough to hash or check it. It never prints itself,
 * so it cannot leak into a log or a page by accident.
 */
public record PlainPassword(String value) {

    public PlainPassword {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "PlainPassword[******]";
    }
}
