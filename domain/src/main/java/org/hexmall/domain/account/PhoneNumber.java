package org.hexmall.domain.account;

import java.util.regex.Pattern;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.TypedCharacters;

/**
 * A mainland China mobile number: eleven digits starting with 1 and then 3 to 9.
 * Typed, it may be written as people write numbers: full-width digits from a Chinese input method, a leading +86,
 * and spaces or dashes between groups of digits (139 0000 0034, 139-0000-0034); anything else is refused with what
 * to fix.
 */
public record PhoneNumber(String value) {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");

    public PhoneNumber {
        if (value == null || !MAINLAND_MOBILE.matcher(value).matches()) {
            throw new DomainException("phone.format");
        }
    }

    /**
     * Parses what a person typed; throws {@code phone.required}, {@code phone.invalid-character} (the character and
     * its position), {@code phone.length} (how many digits were typed) or {@code phone.format}.
     */
    public static PhoneNumber parse(String typed) {
        String text = TypedCharacters.asTyped(typed == null ? "" : typed);
        if (text.isEmpty()) {
            throw new DomainException("phone.required");
        }
        int countryCode = text.startsWith("+86") ? 3 : 0;
        StringBuilder digits = new StringBuilder(11);
        for (int i = countryCode; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!TypedCharacters.isSpace(c) && c != '-') {
                throw new DomainException("phone.invalid-character", String.valueOf(c), i + 1);
            }
        }
        if (digits.length() != 11) {
            throw new DomainException("phone.length", digits.length());
        }
        return new PhoneNumber(digits.toString());
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
