package org.hexmall.domain.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.hexmall.domain.shared.DomainException;

/** An email address, kept in lower case so that it is unique however it was typed. */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new DomainException("email.format");
        }
    }

    public static EmailAddress parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("email.required");
        }
        return new EmailAddress(typed.strip().toLowerCase(Locale.ROOT));
    }
}
