package org.hexmall.application.port.in.wallet;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;

/** A customer unbinds (解绑) one of their wallets. False if it was not theirs or not bound. */
public interface UnbindWallet {

    boolean unbind(CustomerId customerId, BindingId bindingId);
}
