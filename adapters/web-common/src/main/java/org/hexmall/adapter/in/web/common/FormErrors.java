package org.hexmall.adapter.in.web.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hexmall.application.port.in.FieldError;

/** Turns a command's field errors into messages keyed by input name, for a form to show beside each input. */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> localize(List<FieldError> errors, Messages messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            byField.putIfAbsent(error.field(),
                    messages.get(locale, "error." + error.code(), error.arguments().toArray()));
        }
        return byField;
    }
}
