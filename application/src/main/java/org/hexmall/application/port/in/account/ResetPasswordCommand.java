package org.hexmall.application.port.in.account;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PasswordPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.VerificationCode;

/**
 * A password reset as typed: the mobile number the code went to, the code, and the new password, already checked
 * against the {@link PasswordPolicy}. The code is what proves the number; the number alone proves nothing.
 */
public record ResetPasswordCommand(PhoneNumber phone, String digits, PlainPassword newPassword) {

    public ResetPasswordCommand {
        Objects.requireNonNull(phone, "phone");
        VerificationCode.typedDigits(digits);
        PasswordPolicy.requireAcceptable(Objects.requireNonNull(newPassword, "newPassword"));
    }

    /**
     * Builds the command from the reset form. Throws {@link org.hexmall.application.port.in.InvalidCommandException}
     * naming every field to fix.
     */
    public static ResetPasswordCommand fromForm(String phone, String code, String password, String passwordRepeated) {
        var validation = new FieldValidation();
        PhoneNumber parsedPhone = validation.field("phone", () -> PhoneNumber.parse(phone));
        String digits = validation.field("code", () -> VerificationCode.typedDigits(code));
        PlainPassword parsedPassword = validation.newPassword(password, passwordRepeated);
        validation.throwIfInvalid();
        return new ResetPasswordCommand(parsedPhone, digits, parsedPassword);
    }

    @Override
    public String toString() {
        return "ResetPasswordCommand[" + phone.masked() + ", ******, ******]";
    }
}
