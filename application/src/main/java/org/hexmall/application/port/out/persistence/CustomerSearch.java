package org.hexmall.application.port.out.persistence;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hexmall.domain.shared.TypedCharacters;

/**
 * What an agent's search text asks of the customers' phone numbers, email addresses and names, decided once here
 * so that every {@link Customers} adapter answers alike, and each can answer from an index:
 * <ul>
 *   <li>digits (spaces, dashes and a leading {@code +86} allowed) look at the phone number only: all eleven find
 *       that number; fewer find the numbers they are part of; more (an order number, most likely) find no one;</li>
 *   <li>text with {@code @} looks at the email address only, without regard to case: a whole address finds that
 *       address;</li>
 *   <li>any other text looks at the name and the email address, without regard to case;</li>
 *   <li>text of {@value #SHORTEST_ANYWHERE} characters or more matches anywhere in them; shorter text matches only
 *       at their start ({@code 李} finds 李雷, {@code 雷} does not), since a character or two found anywhere would
 *       list a good part of the store's customers and no index can find them fast.</li>
 * </ul>
 *
 * @param field    which columns the text is looked for in
 * @param text     the text to look for: digits for a phone number, lower case otherwise; empty for everyone
 * @param anywhere true to match anywhere in the column, false to match at its start (or, for
 *                 {@link Field#EXACT_PHONE}, the whole of it)
 */
public record CustomerSearch(Field field, String text, boolean anywhere) {

    /** The shortest text that matches anywhere in a phone number, email address or name rather than at its start. */
    public static final int SHORTEST_ANYWHERE = 3;

    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s\u3000-]*\\d[\\d\\s\u3000-]*");
    private static final Pattern WHOLE_EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int PHONE_DIGITS = 11;

    /** Where the text is looked for. */
    public enum Field {
        /** Blank text: every customer. */
        EVERYONE,
        /** Eleven digits: the customer with that phone number. */
        EXACT_PHONE,
        /** Fewer digits: phone numbers that start with them, or hold them. */
        PHONE,
        /** More digits than a phone number has: no one. */
        NO_ONE,
        /** A whole email address: the customer with that address. */
        EXACT_EMAIL,
        /** Other text with {@code @}: email addresses. */
        EMAIL,
        /** Any other text: names and email addresses. */
        NAME_OR_EMAIL
    }

    public CustomerSearch {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }

    /** What the text an agent typed asks for. */
    public static CustomerSearch of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new CustomerSearch(Field.EVERYONE, "", false);
        }
        // A number is read as the phone fields read it: full-width digits and a pasted zero-width space are typing.
        String asPhone = TypedCharacters.asTyped(text);
        if (PHONE_LIKE.matcher(asPhone).matches()) {
            text = asPhone;
            String digits = text.replaceAll("\\D", "");
            if (text.startsWith("+86") && digits.length() > 2) {
                digits = digits.substring(2);
            }
            if (digits.length() == PHONE_DIGITS) {
                return new CustomerSearch(Field.EXACT_PHONE, digits, false);
            }
            if (digits.length() > PHONE_DIGITS) {
                return new CustomerSearch(Field.NO_ONE, digits, false);
            }
            return new CustomerSearch(Field.PHONE, digits, isLongEnough(digits));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (WHOLE_EMAIL.matcher(lower).matches()) {
            return new CustomerSearch(Field.EXACT_EMAIL, lower, false);
        }
        return new CustomerSearch(lower.contains("@") ? Field.EMAIL : Field.NAME_OR_EMAIL, lower,
                isLongEnough(lower));
    }

    /** True if a customer with this phone number, email address and name is one the search finds. */
    public boolean matches(String phone, Optional<String> email, String name) {
        return switch (field) {
            case EVERYONE -> true;
            case EXACT_PHONE -> phone.equals(text);
            case PHONE -> holds(phone);
            case NO_ONE -> false;
            case EXACT_EMAIL -> email.map(text::equals).orElse(false);
            case EMAIL -> email.map(this::holds).orElse(false);
            case NAME_OR_EMAIL -> holds(name) || email.map(this::holds).orElse(false);
        };
    }

    private boolean holds(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return anywhere ? lower.contains(text) : lower.startsWith(text);
    }

    private static boolean isLongEnough(String text) {
        return text.codePointCount(0, text.length()) >= SHORTEST_ANYWHERE;
    }
}
