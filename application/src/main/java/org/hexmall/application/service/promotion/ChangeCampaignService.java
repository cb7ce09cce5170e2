package org.hexmall.application.service.promotion;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.hexmall.application.port.in.promotion.CampaignChangeSubject;
import org.hexmall.application.port.in.promotion.CampaignOutcome;
import org.hexmall.application.port.in.promotion.ChangeCampaign;
import org.hexmall.application.port.in.promotion.ChangeCampaignCommand;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.service.promotion.shared.CampaignChanges;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentAction;

/**
 * Moves a campaign's window or changes its budget or uses per customer, by the campaign's own rules: an ended
 * campaign keeps its window, and a budget never drops below what payments used. The audit entry says what changed,
 * in the words of {@link CampaignChangeSubject}, which the console says again in the reader's language.
 */
public final class ChangeCampaignService implements ChangeCampaign {

    private final CampaignChanges changes;
    private final ZoneId storeZone;

    public ChangeCampaignService(CampaignChanges changes, ZoneId storeZone) {
        this.changes = changes;
        this.storeZone = storeZone;
    }

    @Override
    public CampaignOutcome change(ChangeCampaignCommand command) {
        return changes.change(command.agentId(), command.campaignId(), AgentAction.CHANGE_CAMPAIGN, command.reason(),
                (standing, now) -> apply(command.change(), standing, now).subject());
    }

    private CampaignChangeSubject apply(ChangeCampaignCommand.Change change, CampaignStanding standing,
                                        Instant now) {
        Campaign campaign = standing.campaign();
        return switch (change) {
            case ChangeCampaignCommand.NewWindow(CampaignWindow window) -> {
                CampaignWindow before = campaign.window();
                campaign.changeWindow(window, now);
                yield new CampaignChangeSubject.Window(local(before.startsAt()), local(before.endsAt()),
                        local(window.startsAt()), local(window.endsAt()), storeZone);
            }
            case ChangeCampaignCommand.NewBudget newBudget -> {
                Money before = campaign.budget();
                campaign.changeBudget(newBudget.budget(), standing.budgetUsed());
                yield new CampaignChangeSubject.Budget(before, newBudget.budget());
            }
            case ChangeCampaignCommand.NewUsesPerCustomer newUses -> {
                int before = campaign.usesPerCustomer();
                campaign.changeUsesPerCustomer(newUses.uses());
                yield new CampaignChangeSubject.UsesPerCustomer(before, newUses.uses());
            }
        };
    }

    /** The store's local time, to the minute, as supervisors typed it. */
    private LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, storeZone).truncatedTo(ChronoUnit.MINUTES);
    }
}
