package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.CaseNotes;
import org.hexmall.application.port.out.persistence.CaseNotesContract;

class InMemoryCaseNotesContractTest extends CaseNotesContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected CaseNotes caseNotes() {
        return persistence.caseNotes();
    }
}
