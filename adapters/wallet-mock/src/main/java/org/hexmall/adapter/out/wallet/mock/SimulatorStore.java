package org.hexmall.adapter.out.wallet.mock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Where the simulated providers keep their records. They stand for systems outside hexmall, so they keep
 * state of their own, never the store's: in memory, or in tables of their own ({@code mock_wallet_*}) on the
 * store's database server, so that every node of a cluster sees the same simulated providers.
 */
public interface SimulatorStore {

    /** Kept in this JVM's memory only, gone when it stops: for tests and single-node demos. */
    static SimulatorStore inMemory() {
        return new InMemorySimulatorStore();
    }

    /** Kept in that database, in tables that the simulator's own migration history creates and updates. */
    static SimulatorStore onDatabase(DataSource dataSource) {
        return JdbiSimulatorStore.migrate(dataSource);
    }

    /** Adds the account unless the provider already has one with that identifier; true if it was added. */
    boolean addAccountIfAbsent(WalletAccount account);

    Optional<WalletAccount> findAccount(WalletProvider provider, WalletAccountIdentifier identifier);

    /** Every account of every provider, in no particular order. */
    List<WalletAccount> accounts();

    /**
     * Saves the account's count of wrong payment passwords and its lock, if they are still as {@code asRead}
     * has them. False, and nothing changed, when another attempt changed them first: two wrong passwords
     * typed at once both count.
     */
    boolean updatePasswordState(WalletAccount asRead, WalletAccount updated);

    void addAuthorizationRequest(AuthorizationRequestRecord request);

    Optional<AuthorizationRequestRecord> findAuthorizationRequest(String id);

    /**
     * Marks a pending request approved and keeps the agreement it grants, both or neither. False, and nothing
     * changed, when the request is unknown or already answered: a double click approves once.
     */
    boolean approve(String requestId, Agreement agreement);

    /** Marks a pending request rejected; false, and nothing changed, when it is unknown or already answered. */
    boolean reject(String requestId);

    Optional<Agreement> findAgreement(WalletProvider provider, String token);

    /** The account's agreements, active and cancelled, in no particular order. */
    List<Agreement> agreementsOf(WalletProvider provider, WalletAccountIdentifier account);

    /** Cancels an active agreement; false, and nothing changed, when it is unknown or already cancelled. */
    boolean cancelAgreement(WalletProvider provider, String token, Instant cancelledAt);

    /** Injects the fault, replacing any other fault at the same target. */
    void putFault(FaultTarget target, Fault fault);

    void removeFault(FaultTarget target);

    Optional<Fault> faultAt(FaultTarget target);

    Map<FaultTarget, Fault> faults();

    void clearFaults();

    void addNotificationAttempt(NotificationAttempt attempt);

    /** Every delivery attempt, in the order they were made. */
    List<NotificationAttempt> notificationAttempts();
}
