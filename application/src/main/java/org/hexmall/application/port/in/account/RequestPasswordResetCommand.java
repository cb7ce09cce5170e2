package org.hexmall.application.port.in.account;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Language;

/** The mobile number a visitor wants a password reset code for, and the language of the text message. */
public record RequestPasswordResetCommand(PhoneNumber phone, Language language) {

    public RequestPasswordResetCommand {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(language, "language");
    }

    /** Throws {@link org.hexmall.application.port.in.InvalidCommandException} when the number is not one. */
    public static RequestPasswordResetCommand fromForm(String phone, Language language) {
        var validation = new FieldValidation();
        PhoneNumber parsed = validation.field("phone", () -> PhoneNumber.parse(phone));
        validation.throwIfInvalid();
        return new RequestPasswordResetCommand(parsed, language);
    }
}
