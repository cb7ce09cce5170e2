package org.hexmall.domain.support;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log as the audit log page lists it, whatever it is about: a customer, a campaign or an agent's
 * console login.
 *
 * @param target   what kind of thing the action was about
 * @param targetId the id of the customer, campaign or agent
 */
public record AuditRecord(Instant at, AgentId agentId, String agentUsername, Target target, String targetId,
                          AgentAction action, String subject, String reason) {

    /** What kind of thing an audited action was about. */
    public enum Target {
        CUSTOMER,
        CAMPAIGN,
        AGENT
    }

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(agentUsername, "agentUsername");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }

    public static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(entry.at(), entry.agentId(), entry.agentUsername(), Target.CUSTOMER,
                entry.customerId().toString(), entry.action(), entry.subject(), entry.reason());
    }

    public static AuditRecord of(CampaignAuditEntry entry) {
        return new AuditRecord(entry.at(), entry.agentId(), entry.agentUsername(), Target.CAMPAIGN,
                entry.campaignId().toString(), entry.action(), entry.subject(), entry.reason());
    }

    public static AuditRecord of(AgentAuditEntry entry) {
        return new AuditRecord(entry.at(), entry.agentId(), entry.agentUsername(), Target.AGENT,
                entry.targetAgentId().toString(), entry.action(), entry.subject(), entry.reason());
    }
}
