package org.hexmall.application.port.in.account;

import java.util.Optional;

/** Whether a login waits for a code on this device, for the page that asks for it. */
public interface FindNewDeviceLogin {

    /** The login waiting on the device with this cookie; empty when none waits. */
    Optional<WaitingLogin> waitingOn(String deviceToken);

    /**
     * A login held back on a device until a code comes back from it.
     *
     * @param maskedPhone the account's phone, masked, where its code goes
     * @param codeSent    whether a code for it went to that phone: none goes while the phone's code limits forbid
     *                    one (the phone received a code less than a minute ago, say), until the customer asks again
     */
    record WaitingLogin(String maskedPhone, boolean codeSent) {
    }

    /**
     * True when the login waiting on the device with this cookie was held by the risk rules for a face check, the
     * stronger proof, rather than for the code.
     */
    boolean asksForFace(String deviceToken);
}
