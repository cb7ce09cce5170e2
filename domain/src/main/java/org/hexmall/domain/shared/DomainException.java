package org.hexmall.domain.shared;

import java.util.List;

/**
 * A broken rule of the domain, named by a stable code (for example {@code phone.format}).
 * Adapters turn the code into a message in the reader's language; the code never changes meaning.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    public DomainException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    /** Values the message for this code may quote, such as a minimum length. */
    public List<Object> arguments() {
        return arguments;
    }
}
