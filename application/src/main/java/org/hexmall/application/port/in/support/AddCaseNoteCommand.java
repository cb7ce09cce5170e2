package org.hexmall.application.port.in.support;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.CaseNote;
import org.hexmall.domain.support.ContactChannel;

/** An agent's note on a customer's case: how the customer got in touch, and what was said and done. */
public record AddCaseNoteCommand(AgentId agentId, CustomerId customerId, ContactChannel channel, String summary) {

    public AddCaseNoteCommand {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(channel, "channel");
        summary = CaseNote.requireSummary(summary);
    }

    public static AddCaseNoteCommand fromForm(AgentId agentId, CustomerId customerId, String channel,
                                              String summary) {
        var validation = new FieldValidation();
        ContactChannel checkedChannel = validation.field("channel", () -> CaseNote.requireChannel(channel));
        String checkedSummary = validation.field("summary", () -> CaseNote.requireSummary(summary));
        validation.throwIfInvalid();
        return new AddCaseNoteCommand(agentId, customerId, checkedChannel, checkedSummary);
    }
}
