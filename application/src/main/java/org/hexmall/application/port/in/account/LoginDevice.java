package org.hexmall.application.port.in.account;

import java.util.Objects;

/**
 * The device a login is typed on, as its browser presents it.
 *
 * @param token     the value of its device cookie; secret, never stored or shown
 * @param userAgent the browser's User-Agent header, to name the device by; may be blank
 */
public record LoginDevice(String token, String userAgent) {

    public LoginDevice {
        Objects.requireNonNull(token, "token");
        userAgent = userAgent == null ? "" : userAgent;
    }

    @Override
    public String toString() {
        return "LoginDevice[******, " + userAgent + "]";
    }
}
