package org.hexmall.application.port.in.account;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PasswordPolicy;
import org.hexmall.domain.security.PlainPassword;

/** Everything needed to open an account, already checked. */
public record RegisterCustomerCommand(
        PhoneNumber phone, Optional<EmailAddress> email, DisplayName displayName, PlainPassword password) {

    public RegisterCustomerCommand {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        PasswordPolicy.requireAcceptable(Objects.requireNonNull(password, "password"));
    }

    /**
     * Builds the command from a registration form. Throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} naming every field to fix.
     */
    public static RegisterCustomerCommand fromForm(String phone, String email, String displayName,
                                                   String password, String passwordRepeated) {
        var validation = new FieldValidation();
        PhoneNumber parsedPhone = validation.field("phone", () -> PhoneNumber.parse(phone));
        Optional<EmailAddress> parsedEmail = validation.field("email", () ->
                email == null || email.isBlank() ? Optional.empty() : Optional.of(EmailAddress.parse(email)));
        DisplayName parsedName = validation.field("displayName", () -> DisplayName.parse(displayName));
        PlainPassword parsedPassword = validation.newPassword(password, passwordRepeated);
        validation.throwIfInvalid();
        return new RegisterCustomerCommand(parsedPhone, parsedEmail, parsedName, parsedPassword);
    }
}
