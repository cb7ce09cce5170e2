package org.hexmall.application.port.in.promotion;

import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;

/** A supervisor pauses, resumes or ends a campaign, saying why; the reason goes into the audit log. */
public record CampaignActionCommand(AgentId agentId, CampaignId campaignId, String reason) {

    public CampaignActionCommand {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(campaignId, "campaignId");
        reason = AuditEntry.requireReason(reason);
    }

    /**
     * Builds the command from the campaign page's form; throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} naming a missing or too long {@code reason}.
     */
    public static CampaignActionCommand fromForm(AgentId agentId, CampaignId campaignId, String reason) {
        var validation = new FieldValidation();
        String checked = validation.field("reason", () -> AuditEntry.requireReason(reason));
        validation.throwIfInvalid();
        return new CampaignActionCommand(agentId, campaignId, checked);
    }
}
