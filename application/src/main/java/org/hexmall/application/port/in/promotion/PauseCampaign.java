package org.hexmall.application.port.in.promotion;

/** A supervisor stops a campaign's offers for a while; the pause is audited. */
public interface PauseCampaign {

    CampaignOutcome pause(CampaignActionCommand command);
}
