package org.hexmall.application.port.in.support;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.CustomerId;

/** One line of the console's customer search results. */
public record CustomerSummary(CustomerId id, String displayName, String phone, Optional<String> email,
                              AccountStatus status, Instant registeredAt) {
}
