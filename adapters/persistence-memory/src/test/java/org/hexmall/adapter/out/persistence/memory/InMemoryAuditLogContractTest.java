package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.AuditLogContract;

class InMemoryAuditLogContractTest extends AuditLogContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected AuditLog auditLog() {
        return persistence.auditLog();
    }
}
