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

    /** All of the customer's bindings, whatever their status, newest first. */
    List<WalletBinding> findByCustomer(CustomerId customerId);

    /** The binding a provider's agreement token belongs to. */
    Optional<WalletBinding> findByAgreement(WalletProvider provider, String agreementToken);

    /** Bindings still being set up (a code sent, or waiting for the wallet app) that started before {@code cutoff}. */
    List<WalletBinding> findPendingStartedBefore(Instant cutoff);

    /** Bindings of exactly this wallet account, for an agent searching by it; newest first. */
    List<WalletBinding> findByAccount(WalletProvider provider, WalletAccountIdentifier account);
}
