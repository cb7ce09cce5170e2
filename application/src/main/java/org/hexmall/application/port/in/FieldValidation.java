package org.hexmall.application.port.in;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hexmall.domain.security.PasswordPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.shared.DomainException;

/**
 * Builds the value objects of a command field by field and collects every problem, so that a form
 * can show all its mistakes at once instead of one per submission.
 */
public final class FieldValidation {

    private final List<FieldError> errors = new ArrayList<>();

    /** The parsed value, or {@code null} after recording why the field is wrong. */
    public <T> T field(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException problem) {
            errors.add(new FieldError(name, problem.code(), problem.arguments()));
            return null;
        }
    }

    /**
     * A new password typed twice, in the fields {@code password} and {@code passwordRepeated}: it must follow the
     * {@link PasswordPolicy} and both must be the same. The parsed password, or {@code null} after recording why not.
     */
    public PlainPassword newPassword(String password, String passwordRepeated) {
        PlainPassword parsed = field("password", () ->
                PasswordPolicy.requireAcceptable(new PlainPassword(password == null ? "" : password)));
        if (parsed != null && !parsed.value().equals(passwordRepeated)) {
            reject("passwordRepeated", "password.mismatch");
        }
        return parsed;
    }

    public void reject(String name, String code) {
        errors.add(new FieldError(name, code));
    }

    /** Throws {@link InvalidCommandException} listing every field error recorded so far. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
    }
}
