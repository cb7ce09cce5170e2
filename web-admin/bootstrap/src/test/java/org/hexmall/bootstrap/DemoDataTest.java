package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hexmall.adapter.out.crypto.Argon2PasswordHasher;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.PlainPassword;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private final Argon2PasswordHasher argon2 = new Argon2PasswordHasher();

    @Test
    void everyHashMadeAheadIsAnArgon2idHashOfItsPasswordAndOfNoOther() {
        assertThat(DemoData.HASHED_AHEAD).containsOnlyKeys("demo-pass-1", "demo-pass-2", "agent-pass-1",
                "supervisor-pass-1");
        DemoData.HASHED_AHEAD.forEach((password, hash) -> {
            assertThat(hash).startsWith("$argon2id$v=19$m=" + Argon2PasswordHasher.MEMORY_KIB + ",t="
                    + Argon2PasswordHasher.ITERATIONS + ",p=" + Argon2PasswordHasher.PARALLELISM + "$");
            assertThat(argon2.matches(new PlainPassword(password), new PasswordHash(hash))).as(password).isTrue();
            assertThat(argon2.matches(new PlainPassword(password + "x"), new PasswordHash(hash))).as(password).isFalse();
        });
    }

    @Test
    void seedingTheDemoAccountsHashesNothingAndEveryOtherPasswordIsHashedAfresh() {
        var counting = new CountingHasher();
        PasswordHasher seeding = DemoData.hashedAhead(counting);

        for (String password : DemoData.HASHED_AHEAD.keySet()) {
            assertThat(seeding.hash(new PlainPassword(password)).value())
                    .isEqualTo(DemoData.HASHED_AHEAD.get(password));
        }
        assertThat(counting.hashed).isEmpty();

        PasswordHash other = seeding.hash(new PlainPassword("a-password-of-my-own"));
        assertThat(counting.hashed).containsExactly("a-password-of-my-own");
        assertThat(other.value()).isNotIn(DemoData.HASHED_AHEAD.values());
        assertThat(seeding.matches(new PlainPassword("a-password-of-my-own"), other)).isTrue();
    }

    private final class CountingHasher implements PasswordHasher {
        final List<String> hashed = new ArrayList<>();

        @Override
        public PasswordHash hash(PlainPassword password) {
            hashed.add(password.value());
            return argon2.hash(password);
        }

        @Override
        public boolean matches(PlainPassword candidate, PasswordHash hash) {
            return argon2.matches(candidate, hash);
        }
    }
}
