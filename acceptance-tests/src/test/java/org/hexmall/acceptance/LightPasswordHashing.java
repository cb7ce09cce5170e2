package org.hexmall.acceptance;

import org.hexmall.adapter.out.crypto.Argon2PasswordHasher;

/**
 * The real Argon2id adapter at a lighter cost (256 KiB and one pass instead of 19 MiB and two), for the tests that
 * register, log in and send hostile log-in forms hundreds of times: at OWASP's cost those hashes were a fifth of the
 * browser classes' test JVM and a seventh of the whole acceptance JVM's work. That hexmall itself hashes with OWASP's
 * parameters is proved by {@code PasswordHashingAtStartTest} and the HTTP tests, which start it as it is.
 */
public final class LightPasswordHashing {

    public static final Argon2PasswordHasher HASHER = new Argon2PasswordHasher(256, 1);

    private LightPasswordHashing() {
    }
}
