package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Where wallet bindings and their histories are kept. A store that writes them to disk keeps the
 * wallet account identifier encrypted, with a keyed hash beside it for exact look-ups.
 */
public interface WalletBindings {

    void add(WalletBinding binding);

    /** Stores the binding's new state and the history events it gained since it was loaded. */
    void update(WalletBinding binding);

    Optional<WalletBinding> findById(BindingId id);

    /**
     * Reads the binding and keeps every other transaction from locking or changing it until this one ends: two
     * servers taking the attempt to cancel its agreement take turns, and the second sees what the first decided.
     * Call inside a transaction.
     */
    Optional<WalletBinding> lockById(BindingId id);

    /** All of the customer's bindings, whatever their status, newest first. */
    List<WalletBinding> findByCustomer(CustomerId customerId);

    /** The binding a provider's agreement token belongs to. */
    Optional<WalletBinding> findByAgreement(WalletProvider provider, String agreementToken);

    /** Bindings still being set up (a code sent, or waiting for the wallet app) that started before {@code cutoff}. */
    List<WalletBinding> findPendingStartedBefore(Instant cutoff);

    /**
     * Bindings whose agreement is still to be cancelled at the provider and whose next attempt is due at
     * {@code now}, the longest due first.
     */
    List<WalletBinding> findCancellationsDue(Instant now);

    /** Bindings of exactly this wallet account, for an agent searching by it; newest first. */
    List<WalletBinding> findByAccount(WalletProvider provider, WalletAccountIdentifier account);
}
