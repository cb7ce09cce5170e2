package org.hexmall.domain.support;

import java.util.Locale;
import java.util.regex.Pattern;
import org.hexmall.domain.shared.DomainException;

/** The name an agent logs into the console with: 3 to 32 lower-case letters, digits, dots or dashes. */
public record AgentUsername(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9.-]{2,31}");

    public AgentUsername {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new DomainException("agent.username.format");
        }
    }

    public static AgentUsername parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("agent.username.required");
        }
        return new AgentUsername(typed.strip().toLowerCase(Locale.ROOT));
    }
}
