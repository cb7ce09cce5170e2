package org.hexmall.application.port.out.persistence;

/**
 * A store refused a record because a value that must be unique is taken. Use cases check first;
 * this catches the race between two requests that both checked before either wrote.
 *
 * @see Customers#add
 */
public class DuplicateKeyException extends RuntimeException {

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }

    public DuplicateKeyException(String message) {
        super(message);
    }
}
