package org.hexmall.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PasswordHash;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2025-11-11T10:00:00Z");

    private final Customer registered = Customer.register(new CustomerId(UUID.randomUUID()),
            PhoneNumber.parse("13800138000"), Optional.of(EmailAddress.parse("li.lei@example.com")),
            DisplayName.parse("李雷"), new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), NOW);

    @Test
    void aNewlyRegisteredAccount_isActiveAndNotLockedOut() {
        assertThat(registered.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(registered.isFrozen()).isFalse();
        assertThat(registered.loginThrottle().isLockedAt(NOW)).isFalse();
        assertThat(registered.registeredAt()).isEqualTo(NOW);
    }

    @Test
    void anAccountRegisteredWithoutEmail_hasNoEmail() {
        Customer withoutEmail = Customer.register(new CustomerId(UUID.randomUUID()),
                PhoneNumber.parse("13900139000"), Optional.empty(), DisplayName.parse("韩梅梅"),
                registered.passwordHash(), NOW);

        assertThat(withoutEmail.email()).isEmpty();
    }

    @Test
    void aNewLoginThrottle_changesNothingElse() {
        LoginThrottle counted = new LoginThrottle(1, null);

        Customer failed = registered.withLoginThrottle(counted);

        assertThat(failed.id()).isEqualTo(registered.id());
        assertThat(failed.phone()).isEqualTo(registered.phone());
        assertThat(failed.email()).isEqualTo(registered.email());
        assertThat(failed.displayName()).isEqualTo(registered.displayName());
        assertThat(failed.passwordHash()).isEqualTo(registered.passwordHash());
        assertThat(failed.status()).isEqualTo(registered.status());
        assertThat(failed.registeredAt()).isEqualTo(registered.registeredAt());
        assertThat(failed.loginThrottle()).isEqualTo(counted);
    }

    @Test
    void anAccountStoredAsFrozen_isFrozen() {
        Customer frozen = Customer.reconstitute(registered.id(), registered.phone(), registered.email(),
                registered.displayName(), registered.passwordHash(), AccountStatus.FROZEN, NOW, LoginThrottle.CLEAR);

        assertThat(frozen.isFrozen()).isTrue();
    }

    @Test
    void aFrozenAccount_staysFrozenWhateverItsLoginThrottle() {
        Customer frozen = Customer.reconstitute(registered.id(), registered.phone(), registered.email(),
                registered.displayName(), registered.passwordHash(), AccountStatus.FROZEN, NOW,
                new LoginThrottle(4, null));

        assertThat(frozen.withLoginThrottle(LoginThrottle.CLEAR).isFrozen()).isTrue();
        assertThat(frozen.withLoginThrottle(new LoginThrottle(0, NOW.plusSeconds(900))).isFrozen()).isTrue();
    }

    @Test
    void freezingAndUnfreezing_changeTheStatusAndNothingElse() {
        Customer locked = registered.withLoginThrottle(new LoginThrottle(0, NOW.plusSeconds(900)));

        Customer frozen = locked.frozen();
        Customer unfrozen = frozen.unfrozen();

        assertThat(frozen.status()).isEqualTo(AccountStatus.FROZEN);
        assertThat(frozen.isFrozen()).isTrue();
        assertThat(unfrozen.status()).isEqualTo(AccountStatus.ACTIVE);
        for (Customer changed : List.of(frozen, unfrozen)) {
            assertThat(changed.id()).isEqualTo(locked.id());
            assertThat(changed.phone()).isEqualTo(locked.phone());
            assertThat(changed.email()).isEqualTo(locked.email());
            assertThat(changed.displayName()).isEqualTo(locked.displayName());
            assertThat(changed.passwordHash()).isEqualTo(locked.passwordHash());
            assertThat(changed.registeredAt()).isEqualTo(locked.registeredAt());
            assertThat(changed.loginThrottle()).isEqualTo(locked.loginThrottle());
        }
    }

    @Test
    void aNewPassword_replacesTheHashAndClearsTheLockButKeepsTheRest() {
        Customer locked = registered.withLoginThrottle(new LoginThrottle(5, NOW.plusSeconds(900)));
        PasswordHash newHash = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3aGFzaA");

        Customer changed = locked.withNewPassword(newHash);

        assertThat(changed.passwordHash()).isEqualTo(newHash);
        assertThat(changed.loginThrottle()).isEqualTo(LoginThrottle.CLEAR);
        assertThat(changed.loginThrottle().isLockedAt(NOW)).isFalse();
        assertThat(changed.id()).isEqualTo(locked.id());
        assertThat(changed.phone()).isEqualTo(locked.phone());
        assertThat(changed.email()).isEqualTo(locked.email());
        assertThat(changed.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aNewPassword_neverUnfreezesAnAccount() {
        Customer frozen = registered.frozen();

        Customer changed = frozen.withNewPassword(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$eA$eQ"));

        assertThat(changed.isFrozen()).isTrue();
    }
}
