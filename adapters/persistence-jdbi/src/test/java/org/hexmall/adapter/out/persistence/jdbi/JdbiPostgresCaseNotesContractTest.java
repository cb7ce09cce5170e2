package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.CaseNotes;
import org.hexmall.application.port.out.persistence.CaseNotesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresCaseNotesContractTest extends CaseNotesContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected CaseNotes caseNotes() {
        return database.persistence().caseNotes();
    }
}
