package org.hexmall.application.service.promotion;

import java.time.Clock;
import java.time.Instant;
import org.hexmall.application.port.in.promotion.CampaignSummary;
import org.hexmall.application.port.in.promotion.ListCampaigns;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.shared.Page;

/** One read of a page of campaigns, each with its status at the clock's now. */
public final class ListCampaignsService implements ListCampaigns {

    private final Campaigns campaigns;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ListCampaignsService(Campaigns campaigns, TransactionRunner transactions, Clock clock) {
        this.campaigns = campaigns;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<CampaignSummary> list(int page) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> campaigns.list(Math.max(1, page), PAGE_SIZE))
                .map(standing -> new CampaignSummary(standing.campaign(), standing.statusAt(now),
                        standing.budgetUsed()));
    }
}
