package org.hexmall.application.port.in.support;

import org.hexmall.domain.account.DeviceId;

/**
 * An agent takes away the trust of a customer's device, for a customer who lost it and called customer service: its
 * sessions end at once; the reason is audited.
 */
public interface RevokeCustomerDevice {

    /** False if the customer has no such device, or it was revoked already. */
    boolean revoke(AccountSupportCommand command, DeviceId device);
}
