package org.hexmall.simulator.wallet.agreement;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A simulated provider's record of a merchant's request to bind one of its accounts, or to have the holder
 * re-confirm a binding the merchant holds already, which the account's holder approves or rejects in the wallet app.
 * A re-confirmation's id starts with {@value #RECONFIRMATION_PREFIX}: it is kept among the binding requests, and its
 * approval grants no new agreement.
 *
 * @param id            the provider's own id for the request, part of the app page's address
 * @param merchantState the store's reference, sent back unchanged with the result
 * @param returnUrl     where the customer's browser goes with the signed result
 */
public record AuthorizationRequestRecord(String id, WalletProvider provider, WalletAccountIdentifier account,
                                         String merchantState, URI returnUrl, Instant createdAt, Outcome outcome) {

    /** Longer references are refused, as real providers limit theirs (and the simulator's table does). */
    public static final int MAX_STATE_LENGTH = 255;
    /** How the id of a request to re-confirm a binding begins. */
    public static final String RECONFIRMATION_PREFIX = "reconfirm-";

    public enum Outcome { PENDING, APPROVED, REJECTED }

    public AuthorizationRequestRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(merchantState, "merchantState");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(outcome, "outcome");
        if (merchantState.length() > MAX_STATE_LENGTH) {
            throw new IllegalArgumentException("the merchant's state is longer than " + MAX_STATE_LENGTH);
        }
    }

    public boolean isPending() {
        return outcome == Outcome.PENDING;
    }

    /** True for a request to re-confirm a binding the merchant holds, not to bind. */
    public boolean isReconfirmation() {
        return id.startsWith(RECONFIRMATION_PREFIX);
    }
}
