package org.hexmall.domain.account;

import java.util.regex.Pattern;
import org.hexmall.domain.shared.DomainException;

/**
 * A mainland China mobile number: eleven digits starting with 1 and then 3 to 9.
 * Spaces around the number and a leading +86 (with or without a space after it) are tolerated;
 * anything else is refused.
 */
public record PhoneNumber(String value) {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");

    public PhoneNumber {
        if (value == null || !MAINLAND_MOBILE.matcher(value).matches()) {
            throw new DomainException("phone.format");
        }
    }

    /** Parses what a person typed; throws {@code phone.required} or {@code phone.format}. */
    public static PhoneNumber parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("phone.required");
        }
        String number = typed.strip();
        if (number.startsWith("+86")) {
            number = number.substring(3).stripLeading();
        }
        return new PhoneNumber(number);
    }

    /** True when the text looks like a phone number rather than an email address. */
    public static boolean looksLikeOne(String typed) {
        return typed != null && !typed.contains("@");
    }

    /** The number as shown to people who should not see all of it: {@code 138****0001}. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }
}
