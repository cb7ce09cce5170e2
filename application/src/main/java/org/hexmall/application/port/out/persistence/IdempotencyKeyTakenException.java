package org.hexmall.application.port.out.persistence;

/** An idempotency key was recorded already in its scope: the request was sent before. */
public class IdempotencyKeyTakenException extends DuplicateKeyException {

    public IdempotencyKeyTakenException(String message, Throwable cause) {
        super(message, cause);
    }

    public IdempotencyKeyTakenException(String message) {
        super(message);
    }
}
