package org.hexmall.application.service.promotion;

import org.hexmall.application.port.in.promotion.CampaignActionCommand;
import org.hexmall.application.port.in.promotion.CampaignOutcome;
import org.hexmall.application.port.in.promotion.ResumeCampaign;
import org.hexmall.application.service.promotion.shared.CampaignChanges;
import org.hexmall.domain.support.AgentAction;

/**
 * A supervisor lets a paused campaign's offers apply again, if its window is still open; the campaign's state and the
 * audit entry are stored together.
 */
public final class ResumeCampaignService implements ResumeCampaign {

    private final CampaignChanges changes;

    public ResumeCampaignService(CampaignChanges changes) {
        this.changes = changes;
    }

    @Override
    public CampaignOutcome resume(CampaignActionCommand command) {
        return changes.change(command.agentId(), command.campaignId(), AgentAction.RESUME_CAMPAIGN, command.reason(),
                (standing, now) -> {
                    standing.campaign().resume();
                    return "";
                });
    }
}
