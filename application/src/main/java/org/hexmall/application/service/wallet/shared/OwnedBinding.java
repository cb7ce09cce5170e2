package org.hexmall.application.service.wallet.shared;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletBinding;

/** Finds a binding for the customer who owns it; another customer's binding is as good as absent. */
public final class OwnedBinding {

    private OwnedBinding() {
    }

    public static Optional<WalletBinding> find(WalletBindings bindings, CustomerId customerId, BindingId bindingId) {
        return bindings.findById(bindingId).filter(binding -> binding.customerId().equals(customerId));
    }

    /** Expires the binding if its time is over, so every caller sees the same truth. True if it expired now. */
    public static boolean expireIfStale(WalletBindings bindings, WalletBinding binding, Instant now) {
        if (binding.hasExpiredAt(now)) {
            binding.expire(now);
            bindings.update(binding);
            return true;
        }
        return false;
    }
}
