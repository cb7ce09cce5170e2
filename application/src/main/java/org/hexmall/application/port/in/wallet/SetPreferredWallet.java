package org.hexmall.application.port.in.wallet;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;

/** A customer with several wallets chooses the one payments offer first. False if not theirs or not bound. */
public interface SetPreferredWallet {

    boolean prefer(CustomerId customerId, BindingId bindingId);
}
