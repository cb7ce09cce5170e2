package org.hexmall.adapter.out.crypto;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.PlainPassword;

/**
 * Hashes passwords with Argon2id through Password4j, a maintained pure-Java implementation.
 * The parameters travel inside each hash, so hashes made with older settings still verify.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    /** OWASP's recommended minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane. */
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;

    private final Argon2Function function;

    public Argon2PasswordHasher() {
        this.function = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        return new PasswordHash(Password.hash(password.value()).addRandomSalt(16).with(function).getResult());
    }

    @Override
    public boolean matches(PlainPassword candidate, PasswordHash hash) {
        try {
            return Password.check(candidate.value(), hash.value())
                    .with(Argon2Function.getInstanceFromHash(hash.value()));
        } catch (RuntimeException unreadableHash) {
            return false;
        }
    }
}
