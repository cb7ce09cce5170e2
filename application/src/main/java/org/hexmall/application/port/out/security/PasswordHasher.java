package org.hexmall.application.port.out.security;

import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.PlainPassword;

/** Turns passwords into slow, salted hashes and checks passwords against them. */
public interface PasswordHasher {

    PasswordHash hash(PlainPassword password);

    boolean matches(PlainPassword candidate, PasswordHash hash);
}
