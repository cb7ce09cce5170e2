package org.hexmall.application.port.in.wallet;

/** A customer types the verification code they received. */
public interface ConfirmBindingCode {

    CodeConfirmation confirm(ConfirmCodeCommand command);
}
