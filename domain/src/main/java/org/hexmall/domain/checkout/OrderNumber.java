package org.hexmall.domain.checkout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.hexmall.domain.shared.DomainException;

/**
 * An order number a person can read aloud over the phone, in groups of four digits: the order's date, a part that
 * tells orders apart, and a check digit that catches a misheard or mistyped digit before an agent looks up the
 * wrong order. Numbers issued now have sixteen digits ({@code 2611 2205 8314 6023}): the date and nine digits that
 * are the order's serial, unique store-wide, shuffled by the store's keyed {@link OrderNumberPermutation}, so no two
 * orders share a number and a number tells nothing of the next. Numbers issued before have twelve
 * ({@code 2611 2204 5584}): the date and five random digits; they stay valid and findable.
 */
public record OrderNumber(String value) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    public OrderNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{12}|\\d{16}") || !checkDigitMatches(value)) {
            throw new DomainException("order-number.format");
        }
    }

    /**
     * The number of the order placed on {@code date} with this serial: the serial (from zero, never handed out
     * twice; counted modulo the nine-digit range, so two orders would share a number only if a billion serials
     * were handed out on one day) shuffled by the store's permutation.
     */
    public static OrderNumber issue(LocalDate date, long serial, OrderNumberPermutation permutation) {
        if (serial < 0) {
            throw new IllegalArgumentException("serials start at zero");
        }
        long shuffled = permutation.apply(serial % OrderNumberPermutation.ORDER_NUMBER_RANGE);
        String body = DATE.format(date) + String.format(Locale.ROOT, "%09d", shuffled);
        return new OrderNumber(body + checkDigit(body));
    }

    /**
     * A twelve-digit number of the kind issued before serials, with five random digits from the source given:
     * for examples and demo history. Two such numbers on one day may clash; {@link #issue} numbers never do.
     */
    public static OrderNumber generate(LocalDate date, RandomGenerator secureRandom) {
        String body = DATE.format(date) + String.format(Locale.ROOT, "%05d", secureRandom.nextInt(100_000));
        return new OrderNumber(body + checkDigit(body));
    }

    /** Reads a number as typed or read out: spaces and dashes between the digits are fine. */
    public static OrderNumber parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("order-number.required");
        }
        // Chinese input methods type the full-width space U+3000, which \s does not match.
        return new OrderNumber(typed.replaceAll("[\\s\u3000-]", ""));
    }

    /** {@code 2611 2204 5584}: how the number is shown and read, in groups of four digits. */
    public String grouped() {
        StringBuilder groups = new StringBuilder(value.substring(0, 4));
        for (int start = 4; start < value.length(); start += 4) {
            groups.append(' ').append(value, start, start + 4);
        }
        return groups.toString();
    }

    @Override
    public String toString() {
        return grouped();
    }

    /** The Luhn check digit, which catches every single wrong digit and most swapped neighbours. */
    private static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean checkDigitMatches(String number) {
        int last = number.length() - 1;
        return checkDigit(number.substring(0, last)) == number.charAt(last) - '0';
    }
}
