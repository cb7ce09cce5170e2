package org.hexmall.application.port.in.promotion;

/** A supervisor lets a paused campaign's offers apply again; the resumption is audited. */
public interface ResumeCampaign {

    CampaignOutcome resume(CampaignActionCommand command);
}
