package org.hexmall.application.port.in;

import java.util.List;

/**
 * The key a client sends with a request so that sending it again, after a timeout or a double click, has the
 * effect of sending it once: the payment form's one-time key, or the API's {@code Idempotency-Key} header.
 */
public record IdempotencyKey(String value) {

    /** Longer keys are refused: a key is an identifier, not a payload. */
    public static final int MAX_LENGTH = 255;

    /** Throws {@link InvalidCommandException} on field {@code idempotencyKey} for a blank or overlong key. */
    public IdempotencyKey {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new InvalidCommandException(List.of(new FieldError("idempotencyKey", "idempotency-key.invalid",
                    List.of(MAX_LENGTH))));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
