package org.hexmall.domain.account;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a customer's login history: what a customer checks on their activity page and what
 * an agent reads when a customer says "someone logged into my account".
 *
 * @param clientAddress the network address the attempt came from, as the server saw it
 */
public record LoginRecord(CustomerId customerId, Instant at, LoginOutcome outcome, String clientAddress) {

    public LoginRecord {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        clientAddress = clientAddress == null ? "" : clientAddress;
    }
}
