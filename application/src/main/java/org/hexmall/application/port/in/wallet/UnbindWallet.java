package org.hexmall.application.port.in.wallet;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.wallet.BindingId;

/**
 * A customer unbinds (解绑) one of their wallets: it stops paying at once, and hexmall has the provider cancel its
 * authorization, now if the provider answers, later if it cannot be reached. False if it was not theirs or not
 * bound.
 */
public interface UnbindWallet {

    /** @param clientAddress where the customer unbound it from, shown in their activity ("" when unknown) */
    boolean unbind(CustomerId customerId, BindingId bindingId, String clientAddress);

    /**
     * As {@link #unbind(CustomerId, BindingId, String)}, from the device the customer's session was opened on: from a
     * phone trusted only recently, the customer first re-confirms the wallet in its app, and comes back to
     * {@code back}.
     */
    Unbinding unbind(CustomerId customerId, BindingId bindingId, Optional<DeviceId> device,
                     ReconfirmationReturn back, String clientAddress);
}
