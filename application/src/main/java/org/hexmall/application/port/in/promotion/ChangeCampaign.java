package org.hexmall.application.port.in.promotion;

/** A supervisor moves a campaign's window, or changes its budget or its uses per customer; each change is audited. */
public interface ChangeCampaign {

    CampaignOutcome change(ChangeCampaignCommand command);
}
