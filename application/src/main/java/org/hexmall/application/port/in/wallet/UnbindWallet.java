package org.hexmall.application.port.in.wallet;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;

/**
 * A customer unbinds (解绑) one of their wallets: it stops paying at once, and hexmall has the provider cancel its
 * authorization, now if the provider answers, later if it cannot be reached. False if it was not theirs or not
 * bound.
 */
public interface UnbindWallet {

    boolean unbind(CustomerId customerId, BindingId bindingId);
}
