package org.hexmall.application.service.promotion;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hexmall.application.port.in.promotion.CampaignOutcome;
import org.hexmall.application.port.in.promotion.ChangeCampaign;
import org.hexmall.application.port.in.promotion.ChangeCampaignCommand;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.service.promotion.shared.CampaignChanges;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.support.AgentAction;

/**
 * Moves a campaign's window or changes its budget or uses per customer, by the campaign's own rules: an ended
 * campaign keeps its window, and a budget never drops below what payments used. The audit entry says what changed.
 */
public final class ChangeCampaignService implements ChangeCampaign {

    /** How the audit entry writes a window's ends: the store's local time, as supervisors typed them. */
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CampaignChanges changes;
    private final ZoneId storeZone;

    public ChangeCampaignService(CampaignChanges changes, ZoneId storeZone) {
        this.changes = changes;
        this.storeZone = storeZone;
    }

    @Override
    public CampaignOutcome change(ChangeCampaignCommand command) {
        return changes.change(command.agentId(), command.campaignId(), AgentAction.CHANGE_CAMPAIGN, command.reason(),
                (standing, now) -> apply(command.change(), standing, now));
    }

    private String apply(ChangeCampaignCommand.Change change, CampaignStanding standing, Instant now) {
        Campaign campaign = standing.campaign();
        return switch (change) {
            case ChangeCampaignCommand.NewWindow(CampaignWindow window) -> {
                CampaignWindow before = campaign.window();
                campaign.changeWindow(window, now);
                yield "window " + local(before) + " -> " + local(window) + " (" + storeZone.getId() + ")";
            }
            case ChangeCampaignCommand.NewBudget newBudget -> {
                String before = campaign.budget().toString();
                campaign.changeBudget(newBudget.budget(), standing.budgetUsed());
                yield "budget " + before + " -> " + newBudget.budget();
            }
            case ChangeCampaignCommand.NewUsesPerCustomer newUses -> {
                int before = campaign.usesPerCustomer();
                campaign.changeUsesPerCustomer(newUses.uses());
                yield "uses per customer " + before + " -> " + newUses.uses();
            }
        };
    }

    private String local(CampaignWindow window) {
        return LOCAL_MINUTE.format(LocalDateTime.ofInstant(window.startsAt(), storeZone)) + " to "
                + LOCAL_MINUTE.format(LocalDateTime.ofInstant(window.endsAt(), storeZone));
    }
}
