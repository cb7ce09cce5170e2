package org.hexmall.application.port.out.persistence;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.ReconfirmationId;
import org.hexmall.domain.wallet.WalletReconfirmation;

/**
 * The requests to re-confirm a bound wallet in its app before it is used from a new device. Whether a wallet was
 * re-confirmed on a device is read with the risk facts ({@link RiskFacts}), in the same round trip.
 */
public interface WalletReconfirmations {

    void add(WalletReconfirmation reconfirmation);

    /** The customer's request with this id: another customer's is never found, whatever its id. */
    Optional<WalletReconfirmation> find(CustomerId customer, ReconfirmationId id);

    /** Stores the answer to a request added before. */
    void update(WalletReconfirmation reconfirmation);
}
