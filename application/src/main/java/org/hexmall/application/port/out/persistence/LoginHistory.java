package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginRecord;

/**
 * Where every customer login attempt is recorded. Entries are only ever added, except the failed logins that named no
 * account, which are kept by client address only and forgotten after a while.
 */
public interface LoginHistory {

    void record(LoginRecord entry);

    /** The customer's latest attempts, newest first, at most {@code limit}. */
    List<LoginRecord> latest(CustomerId customerId, int limit);

    /**
     * A failed login that named no account: only where it came from and when, never what was typed, so that the
     * login rules count it with the other failures from that address.
     */
    void recordUnknownLoginFailure(String clientAddress, Instant at);

    /** Forgets the failed logins that named no account made before {@code before}; returns how many. */
    int forgetUnknownLoginFailuresBefore(Instant before);
}
