package org.hexmall.application.port.in.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;

/**
 * The audit log page's filter as typed: by agent, by customer, by action, and by a range of days in the store's time
 * zone, the last one included. Each part left empty selects everything.
 */
public record AuditLogQuery(Optional<AgentId> agent, Optional<CustomerId> customer, Optional<AgentAction> action,
                            Optional<LocalDate> fromDay, Optional<LocalDate> toDay) {

    public static final AuditLogQuery EVERYTHING = new AuditLogQuery(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public AuditLogQuery {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(fromDay, "fromDay");
        Objects.requireNonNull(toDay, "toDay");
    }

    /** Throws {@link org.hexmall.application.port.in.InvalidCommandException} naming every field to fix. */
    public static AuditLogQuery fromForm(String agent, String customer, String action, String from, String to) {
        var validation = new FieldValidation();
        Optional<AgentId> parsedAgent = Optional.empty();
        if (present(agent)) {
            parsedAgent = uuid(agent).map(AgentId::new);
            if (parsedAgent.isEmpty()) {
                validation.reject("agent", "audit.filter.agent.unknown");
            }
        }
        Optional<CustomerId> parsedCustomer = Optional.empty();
        if (present(customer)) {
            parsedCustomer = CustomerId.parse(customer.strip());
            if (parsedCustomer.isEmpty()) {
                validation.reject("customer", "audit.filter.customer.format");
            }
        }
        Optional<AgentAction> parsedAction = Optional.empty();
        if (present(action)) {
            try {
                parsedAction = Optional.of(AgentAction.valueOf(action.strip()));
            } catch (IllegalArgumentException unknown) {
                validation.reject("action", "audit.filter.action.unknown");
            }
        }
        Optional<LocalDate> fromDay = day(from, "from", validation);
        Optional<LocalDate> toDay = day(to, "to", validation);
        if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
            validation.reject("to", "audit.filter.to.before-from");
        }
        validation.throwIfInvalid();
        return new AuditLogQuery(parsedAgent, parsedCustomer, parsedAction, fromDay, toDay);
    }

    private static Optional<LocalDate> day(String typed, String field, FieldValidation validation) {
        if (!present(typed)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException notADate) {
            validation.reject(field, "audit.filter.date.format");
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String typed) {
        try {
            return Optional.of(UUID.fromString(typed.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static boolean present(String typed) {
        return typed != null && !typed.isBlank();
    }
}
