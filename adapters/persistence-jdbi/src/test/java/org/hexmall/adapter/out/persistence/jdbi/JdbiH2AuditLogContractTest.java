package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.AuditLogContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2AuditLogContractTest extends AuditLogContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected AuditLog auditLog() {
        return database.persistence().auditLog();
    }
}
