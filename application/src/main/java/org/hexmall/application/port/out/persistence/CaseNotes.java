package org.hexmall.application.port.out.persistence;

import java.util.List;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.CaseNote;

/** Agents' case notes about customers, append-only: a note is added, never changed or removed. */
public interface CaseNotes {

    void add(CaseNote note);

    /** The latest notes about this customer, newest first, at most {@code limit}. */
    List<CaseNote> latest(CustomerId customerId, int limit);
}
