package org.hexmall.adapter.out.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.PlainPassword;

/**
 * Hashes passwords with Argon2id (RFC 9106) through Bouncy Castle, kept in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) that other Argon2 libraries read and write too. The parameters
 * travel inside each hash, so hashes made with other settings still verify.
 *
 * <p>The 19 MiB each hash works through are allocated for that hash alone and freed after it: nothing memory-hard is
 * held between logins, so an idle store is as small as its data.
 *
 * <p>hexmall hashes with OWASP's parameters ({@link #Argon2PasswordHasher()}). A lighter cost
 * ({@link #Argon2PasswordHasher(int, int)}) is for browser tests that register and log in hundreds of times on a shared
 * machine: the same adapter, the same format and checks, less memory and fewer passes.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    /** OWASP's recommended minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane. */
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;
    /** A stored hash asking for more than this is refused, not computed: no row can make a login take the server down. */
    private static final int MOST_MEMORY_KIB = 256 * 1024;
    private static final int MOST_ITERATIONS = 16;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})");

    private final SecureRandom random = new SecureRandom();
    private final int memoryKib;
    private final int iterations;

    /** Hashes with OWASP's recommended minimum, as hexmall does. */
    public Argon2PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS);
    }

    /**
     * Hashes with the given memory (KiB) and passes, within what {@link #matches} accepts, so that every hash it makes
     * verifies.
     */
    public Argon2PasswordHasher(int memoryKib, int iterations) {
        if (memoryKib < 8 * PARALLELISM || memoryKib > MOST_MEMORY_KIB || iterations < 1
                || iterations > MOST_ITERATIONS) {
            throw new IllegalArgumentException("Argon2id memory " + memoryKib + " KiB and " + iterations
                    + " passes are outside what a stored hash may ask for");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2id(password, salt, memoryKib, iterations, PARALLELISM, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash("$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s".formatted(memoryKib, iterations, PARALLELISM,
                base64.encodeToString(salt), base64.encodeToString(hash)));
    }

    /** True when it hashes with OWASP's parameters, as hexmall does. */
    public boolean hashesAsRecommended() {
        return memoryKib == MEMORY_KIB && iterations == ITERATIONS;
    }

    /** A hash that cannot be read, or asks for more work than any hexmall hash does, matches nothing. */
    @Override
    public boolean matches(PlainPassword candidate, PasswordHash hash) {
        Matcher phc = PHC.matcher(hash.value());
        if (!phc.matches()) {
            return false;
        }
        int memoryKib = Integer.parseInt(phc.group(1));
        int iterations = Integer.parseInt(phc.group(2));
        int parallelism = Integer.parseInt(phc.group(3));
        if (parallelism < 1 || iterations < 1 || iterations > MOST_ITERATIONS || memoryKib < 8 * parallelism
                || memoryKib > MOST_MEMORY_KIB) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(phc.group(4));
            byte[] expected = Base64.getDecoder().decode(phc.group(5));
            byte[] actual = argon2id(candidate, salt, memoryKib, iterations, parallelism, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static byte[] argon2id(PlainPassword password, byte[] salt, int memoryKib, int iterations,
                                   int parallelism, int length) {
        var generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.value().getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
