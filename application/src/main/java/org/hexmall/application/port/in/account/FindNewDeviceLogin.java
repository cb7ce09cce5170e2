package org.hexmall.application.port.in.account;

import java.util.Optional;

/** Whether a login waits for a code on this device, for the page that asks for it. */
public interface FindNewDeviceLogin {

    /** The masked phone the code went to, when a login waits on the device with this cookie; empty otherwise. */
    Optional<String> waitingOn(String deviceToken);

    /**
     * True when the login waiting on the device with this cookie was held by the risk rules for a face check, the
     * stronger proof, rather than for the code.
     */
    boolean asksForFace(String deviceToken);
}
