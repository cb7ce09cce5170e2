package org.hexmall.application.service.session.shared;

import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.PlainPassword;

/**
 * Spends the time of a real password check when the login is unknown, so that the answer's timing
 * does not tell an attacker which phone numbers have accounts.
 */
public final class DecoyPasswordCheck {

    private final PasswordHasher passwordHasher;
    private volatile PasswordHash decoy;

    public DecoyPasswordCheck(PasswordHasher passwordHasher) {
        this.passwordHasher = passwordHasher;
    }

    public void spendTimeOn(PlainPassword candidate) {
        if (decoy == null) {
            decoy = passwordHasher.hash(new PlainPassword("decoy-password-never-matches"));
        }
        passwordHasher.matches(candidate, decoy);
    }
}
