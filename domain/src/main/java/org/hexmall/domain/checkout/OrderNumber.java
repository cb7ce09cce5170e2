package org.hexmall.domain.checkout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.hexmall.domain.shared.DomainException;

/**
 * An order number a person can read aloud over the phone: twelve digits in groups of four
 * ({@code 2611 2204 5584}): the order's date, five random digits, and a check digit that catches a
 * misheard or mistyped digit before an agent looks up the wrong order.
 */
public record OrderNumber(String value) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    public OrderNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{12}") || !checkDigitMatches(value)) {
            throw new DomainException("order-number.format");
        }
    }

    /** A new number for an order placed on {@code date}, its random part from the secure source given. */
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

    /** {@code 2611 2204 5584}: how the number is shown and read. */
    public String grouped() {
        return value.substring(0, 4) + " " + value.substring(4, 8) + " " + value.substring(8);
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
        return checkDigit(number.substring(0, 11)) == number.charAt(11) - '0';
    }
}
