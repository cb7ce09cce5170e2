package org.hexmall.application.service.promotion;

import org.hexmall.application.port.in.promotion.CampaignActionCommand;
import org.hexmall.application.port.in.promotion.CampaignOutcome;
import org.hexmall.application.port.in.promotion.PauseCampaign;
import org.hexmall.application.service.promotion.shared.CampaignChanges;
import org.hexmall.domain.support.AgentAction;

/**
 * A supervisor stops the campaign's offers until a supervisor resumes it; the campaign's state and the audit entry
 * are stored together.
 */
public final class PauseCampaignService implements PauseCampaign {

    private final CampaignChanges changes;

    public PauseCampaignService(CampaignChanges changes) {
        this.changes = changes;
    }

    @Override
    public CampaignOutcome pause(CampaignActionCommand command) {
        return changes.change(command.agentId(), command.campaignId(), AgentAction.PAUSE_CAMPAIGN, command.reason(),
                (standing, now) -> {
                    standing.campaign().pause();
                    return "";
                });
    }
}
