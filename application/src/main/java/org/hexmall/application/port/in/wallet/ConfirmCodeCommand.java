package org.hexmall.application.port.in.wallet;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.VerificationCode;
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
        String digits = validation.field("code", () -> VerificationCode.typedDigits(typed));
        validation.throwIfInvalid();
        return new ConfirmCodeCommand(customerId, bindingId, digits);
    }
}
