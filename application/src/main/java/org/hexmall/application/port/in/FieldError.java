package org.hexmall.application.port.in;

import java.util.List;

/**
 * What is wrong with one field of a command, as a message code and the values it quotes.
 *
 * @param field the command's name for the input, which forms use as the input's name too
 */
public record FieldError(String field, String code, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public FieldError(String field, String code) {
        this(field, code, List.of());
    }
}
