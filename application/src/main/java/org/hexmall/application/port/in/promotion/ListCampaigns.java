package org.hexmall.application.port.in.promotion;

import org.hexmall.domain.shared.Page;

/** The store's campaigns for the console, the newest first, each with its status now. */
public interface ListCampaigns {

    int PAGE_SIZE = 20;

    /** One page of {@link #PAGE_SIZE}, counted from 1; a page past the last is empty. */
    Page<CampaignSummary> list(int page);
}
