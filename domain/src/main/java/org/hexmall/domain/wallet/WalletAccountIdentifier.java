package org.hexmall.domain.wallet;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.TypedCharacters;

/**
 * The account a customer binds at a wallet provider: a phone number, an email address or an account id.
 * <p>
 * What can only mean one thing is normalised quietly: spaces around the value, full-width characters
 * typed with a Chinese input method. What could hide a typing mistake is refused with the exact place
 * of the problem, because a binding that fails at the provider is much harder to explain than a form
 * that says "there is a space at position 4".
 */
public record WalletAccountIdentifier(IdentifierKind kind, String value) {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[a-z][a-z0-9_-]{3,19}");

    public WalletAccountIdentifier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Pattern shape = switch (kind) {
            case PHONE -> PHONE;
            case EMAIL -> EMAIL;
            case ACCOUNT_ID -> ACCOUNT_ID;
        };
        if (!shape.matcher(value).matches()) {
            throw new DomainException("wallet.identifier.format");
        }
    }

    /**
     * Reads what the customer typed for the given provider. Throws a {@link DomainException} whose code
     * says what to fix: {@code wallet.identifier.required}, {@code .space-inside} (position),
     * {@code .invalid-character} (character, position), {@code .phone-length} (digits typed),
     * {@code .phone-format}, {@code .email-format}, {@code .account-id-format}, or {@code .kind-not-accepted}.
     * Positions count from the first character that is not a space.
     */
    public static WalletAccountIdentifier parse(WalletProvider provider, String typed) {
        String text = withoutCountryCodeSpace(
                TypedCharacters.stripSpaces(TypedCharacters.halfWidth(typed == null ? "" : typed)));
        if (text.isEmpty()) {
            throw new DomainException("wallet.identifier.required");
        }
        for (int i = 0; i < text.length(); i++) {
            if (TypedCharacters.isSpace(text.charAt(i))) {
                throw new DomainException("wallet.identifier.space-inside", i + 1);
            }
        }
        IdentifierKind kind = kindOf(text);
        if (!provider.acceptedIdentifiers().contains(kind)) {
            throw new DomainException("wallet.identifier.kind-not-accepted");
        }
        return switch (kind) {
            case PHONE -> phone(text);
            case EMAIL -> email(text);
            case ACCOUNT_ID -> accountId(text);
        };
    }

    /** The identifier as shown anywhere outside the wallet provider: enough to recognise, not to reuse. */
    public String masked() {
        return switch (kind) {
            case PHONE -> value.substring(0, 3) + "****" + value.substring(7);
            case EMAIL -> value.charAt(0) + "***" + value.substring(value.indexOf('@'));
            case ACCOUNT_ID -> value.substring(0, value.length() < 6 ? 1 : 2) + "***" + value.charAt(value.length() - 1);
        };
    }

    /** Never the whole identifier, so it cannot reach a log by accident. */
    @Override
    public String toString() {
        return "WalletAccountIdentifier[" + kind + ", " + masked() + "]";
    }

    private static IdentifierKind kindOf(String text) {
        if (text.indexOf('@') >= 0) {
            return IdentifierKind.EMAIL;
        }
        if (Character.isDigit(text.charAt(0)) || text.charAt(0) == '+') {
            return IdentifierKind.PHONE;
        }
        return IdentifierKind.ACCOUNT_ID;
    }

    private static WalletAccountIdentifier phone(String text) {
        String digits = text.startsWith("+86") ? text.substring(3) : text;
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i)) || digits.charAt(i) > '9') {
                throw new DomainException("wallet.identifier.invalid-character",
                        String.valueOf(digits.charAt(i)), i + 1 + (text.length() - digits.length()));
            }
        }
        if (digits.length() != 11) {
            throw new DomainException("wallet.identifier.phone-length", digits.length());
        }
        if (!PHONE.matcher(digits).matches()) {
            throw new DomainException("wallet.identifier.phone-format");
        }
        return new WalletAccountIdentifier(IdentifierKind.PHONE, digits);
    }

    private static WalletAccountIdentifier email(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(lower).matches()) {
            throw new DomainException("wallet.identifier.email-format");
        }
        return new WalletAccountIdentifier(IdentifierKind.EMAIL, lower);
    }

    private static WalletAccountIdentifier accountId(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!ACCOUNT_ID.matcher(lower).matches()) {
            throw new DomainException("wallet.identifier.account-id-format");
        }
        return new WalletAccountIdentifier(IdentifierKind.ACCOUNT_ID, lower);
    }

    /** "+86 138…": the space after the country code is how numbers are often written, not a mistake. */
    private static String withoutCountryCodeSpace(String text) {
        return text.startsWith("+86") ? "+86" + TypedCharacters.stripSpaces(text.substring(3)) : text;
    }
}
