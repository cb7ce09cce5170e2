package org.hexmall.adapter.in.web.shop;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.ActivityEntry;
import org.hexmall.domain.security.SecurityEvent;

/**
 * One line of the "Account activity" page.
 *
 * @param what    the entry's stable name, which the "this wasn't me" form sends back
 * @param whatKey the message that says what happened
 * @param by      who did it, for security events: the customer, customer service or the store
 * @param detail  for security events, the device or wallet it concerned; empty when none
 */
record ActivityRow(Instant at, String what, String whatKey, Optional<SecurityEvent.Source> by,
                   String detail, String clientAddress) {

    static ActivityRow of(ActivityEntry entry) {
        return switch (entry) {
            case ActivityEntry.Login login -> new ActivityRow(login.at(), login.what(),
                    "activity.login." + login.outcome().name(), Optional.empty(), "",
                    login.clientAddress());
            case ActivityEntry.Event event -> new ActivityRow(event.at(), event.what(),
                    "security-event.kind." + event.kind().name(), Optional.of(event.event().source()),
                    event.event().detail(), event.clientAddress());
        };
    }
}
