package org.hexmall.application.port.in.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.LoginRecord;

/**
 * Everything the console shows about one customer.
 *
 * @param lockedUntil   when a login lock ends, if the customer is locked out now
 * @param recentLogins  the latest logins, newest first
 */
public record CustomerDetails(CustomerSummary profile, Optional<Instant> lockedUntil, List<LoginRecord> recentLogins) {

    public static final int RECENT_LOGINS = 10;

    public CustomerDetails {
        recentLogins = List.copyOf(recentLogins);
    }
}
