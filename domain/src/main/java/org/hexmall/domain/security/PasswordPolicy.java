package org.hexmall.domain.security;

import java.util.Locale;
import java.util.Set;
import org.hexmall.domain.shared.DomainException;

/**
 * What makes a new password acceptable: long enough to resist guessing, short enough to hash
 * cheaply, and not one of the passwords that attackers try first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** The most common passwords in published breach lists, each at least MIN_LENGTH long. */
    private static final Set<String> COMMON = Set.of(
            "12345678", "123456789", "1234567890", "12345678910", "password", "password1",
            "password123", "passw0rd", "qwertyuiop", "qwerty123", "qwer1234", "1q2w3e4r",
            "1qaz2wsx", "zaq12wsx", "iloveyou", "11111111", "00000000", "88888888",
            "66666666", "87654321", "abcd1234", "abc12345", "a1234567", "aa123456",
            "123123123", "woaini1314", "5201314520", "1314520520", "asdfghjkl", "sunshine",
            "football", "baseball", "princess", "welcome1", "admin123", "letmein1");

    private PasswordPolicy() {
    }

    /** Returns the password if it may be used, or throws a {@link DomainException} saying why not. */
    public static PlainPassword requireAcceptable(PlainPassword password) {
        String value = password.value();
        if (value.isEmpty()) {
            throw new DomainException("password.required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            throw new DomainException("password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException("password.too-long", MAX_LENGTH);
        }
        if (COMMON.contains(value.toLowerCase(Locale.ROOT))) {
            throw new DomainException("password.too-common");
        }
        return password;
    }
}
