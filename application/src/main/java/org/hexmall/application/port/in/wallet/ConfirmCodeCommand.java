package org.hexmall.application.port.in.wallet;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.wallet.BindingId;

/** A verification code typed for a binding: six digits, spaces and full-width digits forgiven. */
public record ConfirmCodeCommand(CustomerId customerId, BindingId bindingId, String digits) {

    public ConfirmCodeCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(bindingId, "bindingId");
        if (digits == null || !digits.matches("\\d{6}")) {
            throw new DomainException("code.format");
        }
    }

    public static ConfirmCodeCommand fromForm(CustomerId customerId, BindingId bindingId, String typed) {
        var validation = new FieldValidation();
        String digits = validation.field("code", () -> sixDigits(typed));
        validation.throwIfInvalid();
        return new ConfirmCodeCommand(customerId, bindingId, digits);
    }

    private static String sixDigits(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("code.required");
        }
        StringBuilder digits = new StringBuilder();
        for (char c : typed.toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) (c - '０' + '0'));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                throw new DomainException("code.format");
            }
        }
        if (digits.length() != 6) {
            throw new DomainException("code.format");
        }
        return digits.toString();
    }
}
