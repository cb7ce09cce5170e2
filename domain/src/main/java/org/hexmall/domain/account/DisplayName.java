package org.hexmall.domain.account;

import org.hexmall.domain.shared.DomainException;

/** The name a customer is greeted by, such as "Li Lei" or "李雷". */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 40;

    public DisplayName {
        if (value == null || value.isBlank()) {
            throw new DomainException("name.required");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new DomainException("name.too-long", MAX_LENGTH);
        }
        // Invisible characters (controls, zero-width spaces, right-to-left overrides) could disguise a name.
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new DomainException("name.format");
        }
    }

    public static DisplayName parse(String typed) {
        return new DisplayName(typed == null ? null : typed.strip());
    }
}
