package org.hexmall.application.port.out.persistence;

import java.util.List;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginRecord;

/** Where every customer login attempt is recorded. Entries are only ever added. */
public interface LoginHistory {

    void record(LoginRecord entry);

    /** The customer's latest attempts, newest first, at most {@code limit}. */
    List<LoginRecord> latest(CustomerId customerId, int limit);
}
