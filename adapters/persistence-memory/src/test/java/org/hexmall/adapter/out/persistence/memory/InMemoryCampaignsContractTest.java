package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.CampaignsContract;

class InMemoryCampaignsContractTest extends CampaignsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected Campaigns campaigns() {
        return persistence.campaigns();
    }
}
