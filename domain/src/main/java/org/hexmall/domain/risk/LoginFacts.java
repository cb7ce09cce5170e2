package org.hexmall.domain.risk;

import java.util.List;
import java.util.Objects;

/**
 * What the login rules look at, gathered before a login opens a session.
 *
 * @param clientAddress            the address the login comes from
 * @param failedLoginsFromAddress  failed logins from that address in the window, on every other account
 * @param recentAddresses          the addresses of the account's latest successful logins, newest first
 */
public record LoginFacts(String clientAddress, int failedLoginsFromAddress, List<String> recentAddresses) {

    public LoginFacts {
        clientAddress = clientAddress == null ? "" : clientAddress;
        recentAddresses = List.copyOf(recentAddresses);
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
