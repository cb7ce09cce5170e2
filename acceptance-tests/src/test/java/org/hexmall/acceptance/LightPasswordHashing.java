package org.hexmall.acceptance;

import org.hexmall.adapter.out.crypto.Argon2PasswordHasher;

/**
 * The real Argon2id adapter at a lighter cost (256 KiB and one pass instead of 19 MiB and two), for the tests that
 * register, log in and send hostile log-in forms hundreds of times: at OWASP's cost those hashes were a fifth of the
 * browser classes' test JVM and a seventh of the whole acceptance JVM's work. The HTTP tests that log in again and
 * again (wrong passwords, new devices, face checks, the console's throttle) use it too: each OWASP-cost check took
 * about 80 ms of a test JVM on the client compiler. That hexmall itself hashes with OWASP's parameters is proved by
 * {@code PasswordHashingAtStartTest}, and by the HTTP and round-trip budget tests that start it as it is (HTTPS, the
 * malformed requests, the audit log's download, promotions over HTTP, the page and checkout budgets).
 */
public final class LightPasswordHashing {

    public static final Argon2PasswordHasher HASHER = new Argon2PasswordHasher(256, 1);

    private LightPasswordHashing() {
    }
}
