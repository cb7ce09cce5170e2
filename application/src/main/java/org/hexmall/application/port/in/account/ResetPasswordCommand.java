package org.hexmall.application.port.in.account;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PasswordPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.VerificationCode;

/**
 * A password reset as typed: the mobile number the code went to, the code, and the new password, already checked
 * against the {@link PasswordPolicy}. The code is what proves the number; the number alone proves nothing. The client
 * address it was typed at is shown beside the reset in the customer's activity.
 */
public record ResetPasswordCommand(PhoneNumber phone, String digits, PlainPassword newPassword,
                                   String clientAddress) {

    public ResetPasswordCommand {
        Objects.requireNonNull(phone, "phone");
        VerificationCode.typedDigits(digits);
        PasswordPolicy.requireAcceptable(Objects.requireNonNull(newPassword, "newPassword"));
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    /**
     * Builds the command from the reset form. Throws {@link org.hexmall.application.port.in.InvalidCommandException}
     * naming every field to fix.
     */
    public static ResetPasswordCommand fromForm(String phone, String code, String password, String passwordRepeated,
                                                String clientAddress) {
        var validation = new FieldValidation();
        PhoneNumber parsedPhone = validation.field("phone", () -> PhoneNumber.parse(phone));
        String digits = validation.field("code", () -> VerificationCode.typedDigits(code));
        PlainPassword parsedPassword = validation.newPassword(password, passwordRepeated);
        validation.throwIfInvalid();
        return new ResetPasswordCommand(parsedPhone, digits, parsedPassword, clientAddress);
    }

    @Override
    public String toString() {
        return "ResetPasswordCommand[" + phone.masked() + ", ******, ******, " + clientAddress + "]";
    }
}
