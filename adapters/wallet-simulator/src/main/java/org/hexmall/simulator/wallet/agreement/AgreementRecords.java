package org.hexmall.simulator.wallet.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/** Where the simulated providers keep merchants' authorization requests and the agreements they lead to. */
public interface AgreementRecords {

    void addRequest(AuthorizationRequestRecord request);

    Optional<AuthorizationRequestRecord> findRequest(String id);

    /**
     * Marks a pending request approved and keeps the agreement it grants, both or neither. False, and nothing
     * changed, when the request is unknown or already answered: a double click approves once.
     */
    boolean approve(String requestId, Agreement agreement);

    /**
     * Marks a pending request to re-confirm a binding approved, which grants no new agreement; false, and nothing
     * changed, when it is unknown or already answered.
     */
    boolean confirm(String requestId);

    /** Marks a pending request rejected; false, and nothing changed, when it is unknown or already answered. */
    boolean reject(String requestId);

    Optional<Agreement> find(WalletProvider provider, String token);

    /** The account's agreements, active and cancelled, in no particular order. */
    List<Agreement> of(WalletProvider provider, WalletAccountIdentifier account);

    /** Cancels an active agreement; false, and nothing changed, when it is unknown or already cancelled. */
    boolean cancel(WalletProvider provider, String token, Instant cancelledAt);
}
