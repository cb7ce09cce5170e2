package org.hexmall.application.service.promotion;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.promotion.CampaignOutcome;
import org.hexmall.application.port.in.promotion.CreateCampaign;
import org.hexmall.application.port.in.promotion.CreateCampaignCommand;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.promotion.shared.CampaignChanges;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;

/**
 * The new campaign and its audit entry are stored together, or neither is; a campaign that names products the
 * catalog does not have is refused.
 */
public final class CreateCampaignService implements CreateCampaign {

    private final Campaigns campaigns;
    private final Products products;
    private final CampaignChanges changes;
    private final TransactionRunner transactions;
    private final RandomTokens tokens;
    private final Clock clock;

    public CreateCampaignService(Campaigns campaigns, Products products, CampaignChanges changes,
                                 TransactionRunner transactions, RandomTokens tokens, Clock clock) {
        this.campaigns = campaigns;
        this.products = products;
        this.changes = changes;
        this.transactions = transactions;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public CampaignOutcome create(CreateCampaignCommand command) {
        Instant now = clock.instant();
        Campaign campaign = command.campaign(new CampaignId(tokens.uuid()));
        return transactions.inTransaction(() -> {
            Optional<Agent> supervisor = changes.supervisor(command.agentId());
            if (supervisor.isEmpty()) {
                return new CampaignOutcome.NotSupervisor();
            }
            List<ProductId> unknown = unknownProducts(campaign);
            if (!unknown.isEmpty()) {
                return new CampaignOutcome.UnknownProducts(unknown);
            }
            campaigns.add(campaign, now);
            changes.audit(supervisor.get(), campaign.id(), AgentAction.CREATE_CAMPAIGN, campaign.kind().name(),
                    command.reason(), now);
            return new CampaignOutcome.Done(campaign.id());
        });
    }

    /** The campaign's products that the catalog does not have, read in one look-up. */
    private List<ProductId> unknownProducts(Campaign campaign) {
        var named = campaign.conditions().products();
        if (named.isEmpty()) {
            return List.of();
        }
        var found = products.findByIds(named).keySet();
        return named.stream().filter(id -> !found.contains(id)).sorted(Comparator.comparing(ProductId::value))
                .toList();
    }
}
