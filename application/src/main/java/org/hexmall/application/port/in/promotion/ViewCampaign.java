package org.hexmall.application.port.in.promotion;

import java.util.Optional;
import org.hexmall.domain.promotion.CampaignId;

/** A campaign's page in the console: settings, status, spending per day, redemptions, reversals and history. */
public interface ViewCampaign {

    int REDEMPTIONS_PER_PAGE = 20;
    int HISTORY_ENTRIES = 50;

    /** Empty when there is no such campaign; pages are counted from 1. */
    Optional<CampaignDetails> view(CampaignId id, int redemptionsPage, int reversalsPage);
}
