package org.hexmall.application.service.promotion;

import org.hexmall.application.port.in.promotion.CampaignActionCommand;
import org.hexmall.application.port.in.promotion.CampaignOutcome;
import org.hexmall.application.port.in.promotion.EndCampaign;
import org.hexmall.application.service.promotion.shared.CampaignChanges;
import org.hexmall.domain.support.AgentAction;

/** A supervisor ends the campaign for good; the campaign's state and the audit entry are stored together. */
public final class EndCampaignService implements EndCampaign {

    private final CampaignChanges changes;

    public EndCampaignService(CampaignChanges changes) {
        this.changes = changes;
    }

    @Override
    public CampaignOutcome end(CampaignActionCommand command) {
        return changes.change(command.agentId(), command.campaignId(), AgentAction.END_CAMPAIGN, command.reason(),
                (standing, now) -> {
                    standing.campaign().end(now);
                    return "";
                });
    }
}
