package org.hexmall.application.port.in;

import java.util.List;

/** A command could not be built from what was typed: each field error says what to fix. */
public class InvalidCommandException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidCommandException(List<FieldError> errors) {
        super("invalid input in " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
