package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexmall.application.port.in.account.ActivityEntry;
import org.hexmall.application.port.in.account.MyActivity;
import org.hexmall.application.port.in.account.ViewMyActivity;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.RiskHolds;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.RiskHold;

/**
 * Logins and security events are kept apart, so a page of both is made by reading, from each, every entry down to the
 * page's oldest (and one more, to know whether another page follows), merging them newest first and keeping the
 * page's slice. Two bounded, indexed reads per page, however long the history; {@link ViewMyActivity#LAST_PAGE}
 * bounds them. A third reads the risk holds still holding the account, so that the page says until when: a hold that
 * ends by its period writes nothing, and one that customer service lifted early no longer shows.
 */
public final class ViewMyActivityService implements ViewMyActivity {

    private static final Comparator<ActivityEntry> NEWEST_FIRST = Comparator.comparing(ActivityEntry::at).reversed();

    private final LoginHistory loginHistory;
    private final SecurityEvents securityEvents;
    private final RiskHolds riskHolds;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ViewMyActivityService(LoginHistory loginHistory, SecurityEvents securityEvents, RiskHolds riskHolds,
                                 TransactionRunner transactions, Clock clock) {
        this.loginHistory = loginHistory;
        this.securityEvents = securityEvents;
        this.riskHolds = riskHolds;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MyActivity view(CustomerId customerId, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages are counted from 1");
        }
        if (page > LAST_PAGE) {
            return new MyActivity(List.of(), page, false, true,
                    transactions.inTransaction(() -> heldUntil(customerId)));
        }
        int throughThisPage = page * PAGE_SIZE;
        int toRead = throughThisPage + 1;
        record Read(List<ActivityEntry> newest, Optional<Instant> heldUntil) { }
        Read read = transactions.inTransaction(() -> new Read(Stream.<ActivityEntry>concat(
                        // Events first: of an event and a login at the same instant (a lock and the wrong password
                        // that started it), the event came of the login, and the stable sort keeps it above.
                        securityEvents.newestFirst(customerId, 1, toRead).items().stream()
                                .map(ActivityEntry.Event::new),
                        loginHistory.latest(customerId, toRead).stream().map(ActivityEntry.Login::new))
                .sorted(NEWEST_FIRST)
                .toList(), heldUntil(customerId)));
        List<ActivityEntry> newest = read.newest();
        int from = Math.min(newest.size(), throughThisPage - PAGE_SIZE);
        List<ActivityEntry> entries = newest.subList(from, Math.min(newest.size(), throughThisPage));
        boolean more = newest.size() > throughThisPage;
        return new MyActivity(entries, page, more && page < LAST_PAGE, more && page == LAST_PAGE, read.heldUntil());
    }

    /** When the last of the holds still holding the account ends by itself; empty when none holds it. */
    private Optional<Instant> heldUntil(CustomerId customerId) {
        return riskHolds.activeOf(customerId, clock.instant()).stream().map(RiskHold::endsAt)
                .max(Comparator.naturalOrder());
    }
}
