package org.hexmall.simulator.wallet.storage.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.AccountRecords;
import org.hexmall.simulator.wallet.account.PaymentPasswordHash;
import org.hexmall.simulator.wallet.account.WalletAccount;

/** The simulated wallet accounts in a map. One lock for all: a simulator's traffic is tiny. */
public final class InMemoryAccountRecords implements AccountRecords {

    private record Key(WalletProvider provider, WalletAccountIdentifier identifier) {
    }

    private final Map<Key, WalletAccount> accounts = new LinkedHashMap<>();

    @Override
    public synchronized boolean addIfAbsent(WalletAccount account) {
        return accounts.putIfAbsent(new Key(account.provider(), account.identifier()), account) == null;
    }

    @Override
    public synchronized Optional<WalletAccount> find(WalletProvider provider, WalletAccountIdentifier identifier) {
        return Optional.ofNullable(accounts.get(new Key(provider, identifier)));
    }

    @Override
    public synchronized List<WalletAccount> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized boolean updatePasswordState(WalletAccount asRead, WalletAccount updated) {
        Key key = new Key(asRead.provider(), asRead.identifier());
        WalletAccount stored = accounts.get(key);
        if (stored == null || stored.failedPasswordAttempts() != asRead.failedPasswordAttempts()
                || !Objects.equals(stored.lockedUntil(), asRead.lockedUntil())) {
            return false;
        }
        accounts.put(key, new WalletAccount(stored.provider(), stored.identifier(), stored.holderName(),
                stored.balanceFen(), stored.paymentPassword(), updated.failedPasswordAttempts(),
                updated.lockedUntil()));
        return true;
    }

    @Override
    public synchronized boolean topUp(WalletProvider provider, WalletAccountIdentifier identifier, long amountFen) {
        Key key = new Key(provider, identifier);
        WalletAccount account = accounts.get(key);
        if (account == null || account.balanceFen() > Long.MAX_VALUE - amountFen) {
            return false;
        }
        accounts.put(key, withBalance(account, account.balanceFen() + amountFen));
        return true;
    }

    @Override
    public synchronized boolean replacePaymentPassword(WalletProvider provider, WalletAccountIdentifier identifier,
                                                       PaymentPasswordHash newPassword) {
        Key key = new Key(provider, identifier);
        WalletAccount account = accounts.get(key);
        if (account == null) {
            return false;
        }
        accounts.put(key, account.withNewPaymentPassword(newPassword));
        return true;
    }

    /**
     * Takes the amount from the account's balance if it holds that much; false, and nothing changed, otherwise.
     * The payments' records call it under their own lock, so that a payment and its charge change together.
     */
    synchronized boolean debit(WalletProvider provider, WalletAccountIdentifier identifier, long amountFen) {
        Key key = new Key(provider, identifier);
        WalletAccount account = accounts.get(key);
        if (account == null || account.balanceFen() < amountFen) {
            return false;
        }
        accounts.put(key, withBalance(account, account.balanceFen() - amountFen));
        return true;
    }

    /** Gives the amount back to the account's balance, as {@link #debit} is called. */
    synchronized void credit(WalletProvider provider, WalletAccountIdentifier identifier, long amountFen) {
        Key key = new Key(provider, identifier);
        WalletAccount account = accounts.get(key);
        accounts.put(key, withBalance(account, Math.addExact(account.balanceFen(), amountFen)));
    }

    private static WalletAccount withBalance(WalletAccount account, long balanceFen) {
        return new WalletAccount(account.provider(), account.identifier(), account.holderName(), balanceFen,
                account.paymentPassword(), account.failedPasswordAttempts(), account.lockedUntil());
    }
}
