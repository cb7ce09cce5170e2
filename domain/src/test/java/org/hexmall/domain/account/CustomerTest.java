package org.hexmall.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PasswordHash;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2025-11-11T10:00:00Z");
    private static final LoginLockoutPolicy POLICY = LoginLockoutPolicy.STANDARD;

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
    void givenFourWrongPasswords_theFifthLocksTheAccountForFifteenMinutes() {
        Customer customer = failedLogins(registered, 4);
        assertThat(customer.loginThrottle().isLockedAt(NOW)).isFalse();

        Customer locked = customer.afterFailedLogin(NOW, POLICY);

        assertThat(locked.loginThrottle().retryAfter(NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aSuccessfulLogin_forgetsTheWrongPasswordsBeforeIt() {
        Customer customer = failedLogins(registered, 4).afterSuccessfulLogin();

        assertThat(failedLogins(customer, 4).loginThrottle().isLockedAt(NOW)).isFalse();
    }

    @Test
    void aWrongPassword_changesNothingButTheLoginThrottle() {
        Customer failed = registered.afterFailedLogin(NOW, POLICY);

        assertThat(failed.id()).isEqualTo(registered.id());
        assertThat(failed.phone()).isEqualTo(registered.phone());
        assertThat(failed.email()).isEqualTo(registered.email());
        assertThat(failed.displayName()).isEqualTo(registered.displayName());
        assertThat(failed.passwordHash()).isEqualTo(registered.passwordHash());
        assertThat(failed.status()).isEqualTo(registered.status());
        assertThat(failed.registeredAt()).isEqualTo(registered.registeredAt());
        assertThat(failed.loginThrottle()).isNotEqualTo(registered.loginThrottle());
    }

    @Test
    void anAccountStoredAsFrozen_isFrozen() {
        Customer frozen = Customer.reconstitute(registered.id(), registered.phone(), registered.email(),
                registered.displayName(), registered.passwordHash(), AccountStatus.FROZEN, NOW, LoginThrottle.CLEAR);

        assertThat(frozen.isFrozen()).isTrue();
    }

    @Test
    void aFrozenAccount_staysFrozenAfterALogin() {
        Customer frozen = Customer.reconstitute(registered.id(), registered.phone(), registered.email(),
                registered.displayName(), registered.passwordHash(), AccountStatus.FROZEN, NOW, LoginThrottle.CLEAR);

        assertThat(frozen.afterSuccessfulLogin().isFrozen()).isTrue();
        assertThat(frozen.afterFailedLogin(NOW, POLICY).isFrozen()).isTrue();
    }

    private static Customer failedLogins(Customer customer, int count) {
        for (int i = 0; i < count; i++) {
            customer = customer.afterFailedLogin(NOW, POLICY);
        }
        return customer;
    }
}
