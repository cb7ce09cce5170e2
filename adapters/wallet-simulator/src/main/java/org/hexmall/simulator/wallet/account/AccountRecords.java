package org.hexmall.simulator.wallet.account;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/** Where the simulated providers keep their wallet accounts. */
public interface AccountRecords {

    /** Adds the account unless the provider already has one with that identifier; true if it was added. */
    boolean addIfAbsent(WalletAccount account);

    Optional<WalletAccount> find(WalletProvider provider, WalletAccountIdentifier identifier);

    /** Every account of every provider, in no particular order. */
    List<WalletAccount> all();

    /**
     * Saves the account's count of wrong payment passwords and its lock, if they are still as {@code asRead}
     * has them. False, and nothing changed, when another attempt changed them first: two wrong passwords
     * typed at once both count.
     */
    boolean updatePasswordState(WalletAccount asRead, WalletAccount updated);

    /**
     * Adds the amount to the account's balance in one step, so that a payment charged meanwhile is not undone.
     * False, and nothing changed, for an unknown account or when the balance would grow beyond what it can hold
     * ({@link Long#MAX_VALUE} fen).
     */
    boolean topUp(WalletProvider provider, WalletAccountIdentifier identifier, long amountFen);

    /**
     * Replaces the account's payment password as {@link WalletAccount#withNewPaymentPassword} does, whatever
     * attempts came before: wrong passwords no longer count and a lock ends. False for an unknown account.
     */
    boolean replacePaymentPassword(WalletProvider provider, WalletAccountIdentifier identifier,
                                   PaymentPasswordHash newPassword);
}
