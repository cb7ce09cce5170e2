package org.hexmall.application.port.in.account;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.DomainException;

/**
 * "This wasn't me" on one line of the customer's activity.
 *
 * @param what          the line's {@link ActivityEntry#what()}
 * @param at            when the line says it happened
 * @param clientAddress where the report came from
 */
public record ReportNotMeCommand(CustomerId customerId, String what, Instant at, String clientAddress) {

    public ReportNotMeCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(at, "at");
        what = requireKnown(what);
    }

    /**
     * Builds the command from the hidden fields of the report's form. Throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} when they do not name an entry.
     */
    public static ReportNotMeCommand fromForm(CustomerId customerId, String what, String at, String clientAddress) {
        var validation = new FieldValidation();
        String checkedWhat = validation.field("what", () -> requireKnown(what));
        Instant checkedAt = validation.field("at", () -> instant(at));
        validation.throwIfInvalid();
        return new ReportNotMeCommand(customerId, checkedWhat, checkedAt, clientAddress);
    }

    /** The name of a login outcome's line or of a security event's kind, as {@link ActivityEntry#what()} gives it. */
    private static String requireKnown(String what) {
        String name = what == null ? "" : what.strip();
        if (ActivityEntry.loginOutcomeNamed(name).isEmpty() && ActivityEntry.eventKindNamed(name).isEmpty()) {
            throw new DomainException("activity.entry.unknown");
        }
        return name;
    }

    private static Instant instant(String at) {
        try {
            return Instant.parse(at == null ? "" : at.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw new DomainException("activity.entry.unknown");
        }
    }
}
