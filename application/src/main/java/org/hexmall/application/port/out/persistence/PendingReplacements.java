package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.PendingReplacement;
import org.hexmall.domain.wallet.PendingReplacementId;

/** The wallets customers typed to bind in place of one of theirs, kept (encrypted) while they decide. */
public interface PendingReplacements {

    void add(PendingReplacement pending);

    /** The customer's own kept wallet, still kept at {@code now}; never another customer's. */
    Optional<PendingReplacement> find(CustomerId customer, PendingReplacementId id, Instant now);

    /** Forgets every wallet no longer kept at {@code now}; returns how many. */
    int removeEnded(Instant now);
}
