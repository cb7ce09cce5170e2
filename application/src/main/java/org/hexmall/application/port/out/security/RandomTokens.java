package org.hexmall.application.port.out.security;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Unpredictable values from a cryptographically secure source. */
public interface RandomTokens {

    /** A URL-safe token with at least 256 bits of randomness. */
    String token();

    /** A random identifier for a new record. */
    UUID uuid();

    /** The secure source itself, for values the domain draws, such as verification codes. */
    RandomGenerator generator();
}
