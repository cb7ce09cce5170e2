package org.hexmall.application.port.in.account;

/**
 * A customer finishes logging in on a device the account does not trust, with the code sent to the account's phone,
 * and may trust the device from then on.
 */
public interface VerifyNewDevice {

    NewDeviceResult verify(NewDeviceCodeCommand command);
}
