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
}
