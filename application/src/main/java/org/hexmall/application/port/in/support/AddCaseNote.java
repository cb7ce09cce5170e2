package org.hexmall.application.port.in.support;

/** An agent adds a note to a customer's case file. Notes are append-only: nothing edits or removes one. */
public interface AddCaseNote {

    /** What came of adding the note. */
    enum Outcome {
        ADDED,
        /** The agent's role may not add notes. */
        NOT_ALLOWED,
        /** No such customer. */
        NO_SUCH_CUSTOMER
    }

    Outcome add(AddCaseNoteCommand command);
}
