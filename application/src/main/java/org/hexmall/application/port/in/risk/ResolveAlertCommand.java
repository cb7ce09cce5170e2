package org.hexmall.application.port.in.risk;

import java.util.Arrays;
import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;

/** An agent closes an alert one way, with a note that goes into the audit log. */
public record ResolveAlertCommand(AgentId agentId, RiskAlertId alertId, AlertResolution resolution, String note) {

    public ResolveAlertCommand {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(resolution, "resolution");
        note = AuditEntry.requireReason(note);
    }

    /**
     * Builds the command from the alert page's form; throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} naming a missing or unknown
     * {@code resolution} and a missing or too long {@code note}.
     */
    public static ResolveAlertCommand fromForm(AgentId agentId, RiskAlertId alertId, String resolution, String note) {
        var validation = new FieldValidation();
        AlertResolution chosen = validation.field("resolution", () -> Arrays.stream(AlertResolution.values())
                .filter(value -> value.name().equals(resolution)).findFirst()
                .orElseThrow(() -> new DomainException("alert.resolution.required")));
        String checkedNote = validation.field("note", () -> AuditEntry.requireReason(note));
        validation.throwIfInvalid();
        return new ResolveAlertCommand(agentId, alertId, chosen, checkedNote);
    }
}
