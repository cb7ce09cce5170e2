package org.hexmall.domain.support;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.promotion.CampaignId;

/**
 * One line of the append-only audit log about a promotion campaign rather than a customer: which supervisor created,
 * changed, paused, resumed or ended which campaign, when, what changed and why.
 *
 * @param subject what changed, such as the old and the new budget
 */
public record CampaignAuditEntry(Instant at, AgentId agentId, String agentUsername, CampaignId campaignId,
                                 AgentAction action, String subject, String reason) {

    public CampaignAuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(agentUsername, "agentUsername");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        reason = AuditEntry.requireReason(reason);
    }
}
