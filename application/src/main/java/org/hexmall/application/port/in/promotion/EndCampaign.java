package org.hexmall.application.port.in.promotion;

/** A supervisor ends a campaign for good, before its window closes; the end is audited. */
public interface EndCampaign {

    CampaignOutcome end(CampaignActionCommand command);
}
