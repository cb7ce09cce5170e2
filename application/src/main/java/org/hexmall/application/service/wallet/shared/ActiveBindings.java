package org.hexmall.application.service.wallet.shared;

import java.util.List;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.WalletBinding;

/** The customer's bound wallets, the ones the binding policy counts. */
public final class ActiveBindings {

    private ActiveBindings() {
    }

    public static List<WalletBinding> of(WalletBindings bindings, CustomerId customerId) {
        return bindings.findByCustomer(customerId).stream().filter(WalletBinding::isActive).toList();
    }

    /** After the preferred wallet left, the first remaining one becomes preferred, so payments know what to offer. */
    public static void keepOnePreferred(WalletBindings bindings, CustomerId customerId) {
        List<WalletBinding> active = of(bindings, customerId);
        if (!active.isEmpty() && active.stream().noneMatch(WalletBinding::isPreferred)) {
            WalletBinding first = active.getFirst();
            first.markPreferred(true);
            bindings.update(first);
        }
    }
}
