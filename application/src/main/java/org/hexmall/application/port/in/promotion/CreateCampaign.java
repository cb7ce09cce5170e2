package org.hexmall.application.port.in.promotion;

/** A supervisor sets up a new wallet promotion; the creation is audited. */
public interface CreateCampaign {

    /** {@link CampaignOutcome.Done} names the new campaign; only supervisors may create one. */
    CampaignOutcome create(CreateCampaignCommand command);
}
