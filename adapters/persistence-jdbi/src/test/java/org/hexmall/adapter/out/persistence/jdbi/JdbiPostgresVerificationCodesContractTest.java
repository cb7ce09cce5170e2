package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.VerificationCodes;
import org.hexmall.application.port.out.persistence.VerificationCodesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresVerificationCodesContractTest extends VerificationCodesContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected VerificationCodes verificationCodes() {
        return database.persistence().verificationCodes();
    }
}
