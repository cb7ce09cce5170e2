package org.hexmall.application.port.in.wallet;

/** A customer adds a payment method: chooses a wallet, types its account, and is sent a verification code. */
public interface StartWalletBinding {

    BindingStart start(StartBindingCommand command);
}
