package org.hexmall.domain.wallet;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store knows of a bound wallet on the device a customer uses it from, to tell whether the customer must
 * first re-confirm the binding in the wallet app: a phone trusted only recently, by a code sent to the account's
 * phone, may be a thief's who got hold of the SIM card, so its first payment with a wallet (and any change of
 * bindings) asks the wallet app too. The account's first device, trusted without a code, is the customer's own.
 *
 * @param trustedWithCodeSince when the device was trusted after a code, if that is how it came to be trusted
 * @param reconfirmed          the customer has re-confirmed this wallet on this device already
 */
public record WalletOnNewDevice(Optional<Instant> trustedWithCodeSince, boolean reconfirmed) {

    /** Nothing to ask: no device, one trusted as the first, or one re-confirmed. */
    public static final WalletOnNewDevice NOTHING_TO_ASK = new WalletOnNewDevice(Optional.empty(), false);

    public WalletOnNewDevice {
        Objects.requireNonNull(trustedWithCodeSince, "trustedWithCodeSince");
    }

    /** True while the device is newer than {@code window} and the wallet has not been re-confirmed on it. */
    public boolean asksReconfirmationAt(Instant now, Duration window) {
        return !reconfirmed && trustedWithCodeSince.filter(since -> now.isBefore(since.plus(window))).isPresent();
    }
}
