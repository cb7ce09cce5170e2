package org.hexmall.acceptance;

import org.hexmall.adapter.out.crypto.Argon2PasswordHasher;

/**
 * The real Argon2id adapter at the lightest cost Argon2id allows (8 KiB and one pass instead of 19 MiB and two), for
 * the tests that register, log in and send hostile log-in forms hundreds of times: at OWASP's cost those hashes were a
 * fifth of the browser classes' test JVM and a seventh of the whole acceptance JVM's work; at 256 KiB (0.52 ms a check
 * on the client compiler, against 0.10 ms at 8 KiB) hashing was still a twentieth of the acceptance JVM's sampled work.
 * The HTTP tests that log in again and again (wrong passwords, new devices, face checks, the console's throttle) use it
 * too: each OWASP-cost check took about 80 ms of a test JVM on the client compiler. That hexmall itself hashes with
 * OWASP's parameters is proved by {@code PasswordHashingAtStartTest}, and by the HTTP and round-trip budget tests that
 * start it as it is (HTTPS, the malformed requests, the audit log's download, promotions over HTTP, the page and
 * checkout budgets).
 */
public final class LightPasswordHashing {

    public static final Argon2PasswordHasher HASHER = new Argon2PasswordHasher(8 * Argon2PasswordHasher.PARALLELISM, 1);

    private LightPasswordHashing() {
    }
}
