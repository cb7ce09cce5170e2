package org.hexmall.application.port.in.account;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordPolicy;
import org.hexmall.domain.security.PlainPassword;

/**
 * A password change as typed: the current password and the new one, already checked against the policy, and the
 * client address it was typed at, which the customer's activity shows beside the change.
 */
public record ChangePasswordCommand(CustomerId customer, PlainPassword currentPassword, PlainPassword newPassword,
                                    String clientAddress) {

    public ChangePasswordCommand {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(currentPassword, "currentPassword");
        PasswordPolicy.requireAcceptable(Objects.requireNonNull(newPassword, "newPassword"));
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    /** Throws {@link org.hexmall.application.port.in.InvalidCommandException} naming every field to fix. */
    public static ChangePasswordCommand fromForm(CustomerId customer, String currentPassword, String password,
                                                 String passwordRepeated, String clientAddress) {
        var validation = new FieldValidation();
        if (currentPassword == null || currentPassword.isEmpty()) {
            validation.reject("currentPassword", "password.required");
        }
        PlainPassword parsed = validation.newPassword(password, passwordRepeated);
        validation.throwIfInvalid();
        return new ChangePasswordCommand(customer, new PlainPassword(currentPassword), parsed, clientAddress);
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[" + customer + ", ******, ******, " + clientAddress + "]";
    }
}
