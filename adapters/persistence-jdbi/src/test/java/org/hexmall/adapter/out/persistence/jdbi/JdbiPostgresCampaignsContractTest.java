package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.CampaignsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresCampaignsContractTest extends CampaignsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected Campaigns campaigns() {
        return database.persistence().campaigns();
    }
}
