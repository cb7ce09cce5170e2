package org.hexmall.adapter.out.wallet.mock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Where the simulated providers keep their records. They stand for systems outside hexmall, so they keep
 * state of their own, never the store's: in memory, or in tables of their own ({@code mock_wallet_*}) on the
 * store's database server, so that every node of a cluster sees the same simulated providers.
 */
public interface SimulatorStore {

    /** What became of an attempt to charge a payment's account. */
    enum Debit {
        /** The account was charged and the payment marked paid, both at once. */
        DONE,
        /** The account holds less than the amount: nothing changed. */
        INSUFFICIENT_BALANCE,
        /** The payment is unknown or no longer open (paid by an earlier submit, closed, ...): nothing changed. */
        NOT_OPEN
    }

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

    /**
     * Keeps the payment unless the provider has one for the same merchant payment already; returns the one it
     * keeps. However many identical requests arrive at once, one payment results.
     */
    SimulatedPayment addPaymentIfAbsent(SimulatedPayment payment);

    /** By the provider's own id, as in the pay page's address. */
    Optional<SimulatedPayment> findPayment(String id);

    Optional<SimulatedPayment> findPayment(WalletProvider provider, PaymentId merchantPayment);

    /** The newest payments of every provider, newest first, at most {@code limit}. */
    List<SimulatedPayment> latestPayments(int limit);

    /** Counts a wrong payment password typed for an open payment; false, and nothing counted, if it is not open. */
    boolean countWrongPassword(String paymentId);

    /**
     * Charges the payment's account and marks the payment paid, both or neither, if the payment is still open
     * and the account holds enough: a double submit charges once.
     *
     * @param paid the payment as it is once paid, with its transaction
     */
    Debit debit(SimulatedPayment paid);

    /**
     * Saves how an open payment ended without a charge (its status, reason, attempts left, end of lock and
     * time). False, and nothing changed, when it has ended already: of two endings racing each other one wins.
     */
    boolean endWithoutCharge(SimulatedPayment ended);

    /**
     * Keeps the refund and credits its amount to the paid payment's account, all or nothing, unless a refund
     * with the same number exists: then returns that one and changes nothing, so asking again refunds once.
     * Empty, and nothing changed, when the payment is not paid or has less than the amount left to refund.
     */
    Optional<SimulatedRefund> refund(SimulatedRefund refund);

    /** The refunds of a payment, by the provider's own id of it, oldest first. */
    List<SimulatedRefund> refundsOf(String paymentId);

    void addNotificationAttempt(NotificationAttempt attempt);

    /** Every delivery attempt, in the order they were made. */
    List<NotificationAttempt> notificationAttempts();
}
