package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.AuditLogContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresAuditLogContractTest extends AuditLogContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected AuditLog auditLog() {
        return database.persistence().auditLog();
    }
}
