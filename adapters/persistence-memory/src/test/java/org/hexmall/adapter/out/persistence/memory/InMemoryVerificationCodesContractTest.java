package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.VerificationCodes;
import org.hexmall.application.port.out.persistence.VerificationCodesContract;

class InMemoryVerificationCodesContractTest extends VerificationCodesContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected VerificationCodes verificationCodes() {
        return persistence.verificationCodes();
    }
}
