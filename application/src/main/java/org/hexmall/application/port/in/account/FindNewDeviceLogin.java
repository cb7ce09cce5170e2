package org.hexmall.application.port.in.account;

import java.util.Optional;

/** Whether a login waits for a code on this device, for the page that asks for it. */
public interface FindNewDeviceLogin {

    /** The masked phone the code went to, when a login waits on the device with this cookie; empty otherwise. */
    Optional<String> waitingOn(String deviceToken);
}
