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
 * Nor is anything asked for a wallet bound on that very device once it was trusted: it was approved there in the
 * wallet app with its payment password, which is all a re-confirmation would ask again.
 *
 * @param trustedWithCodeSince when the device was trusted after a code, if that is how it came to be trusted
 * @param reconfirmed          the customer has re-confirmed this wallet on this device already
 * @param boundHereAt          when the wallet was bound (approved in the wallet app), if it was made on this device
 */
public record WalletOnNewDevice(Optional<Instant> trustedWithCodeSince, boolean reconfirmed,
                                Optional<Instant> boundHereAt) {

    /** Nothing to ask: no device, one trusted as the first, or one re-confirmed. */
    public static final WalletOnNewDevice NOTHING_TO_ASK = new WalletOnNewDevice(Optional.empty(), false);

    public WalletOnNewDevice {
        Objects.requireNonNull(trustedWithCodeSince, "trustedWithCodeSince");
        Objects.requireNonNull(boundHereAt, "boundHereAt");
    }

    /** A wallet made on another device, or on none. */
    public WalletOnNewDevice(Optional<Instant> trustedWithCodeSince, boolean reconfirmed) {
        this(trustedWithCodeSince, reconfirmed, Optional.empty());
    }

    /**
     * True while the device is newer than {@code window} and the wallet has been neither re-confirmed on it nor bound
     * on it since it was trusted.
     */
    public boolean asksReconfirmationAt(Instant now, Duration window) {
        return !reconfirmed && !boundHereSinceTrusted()
                && trustedWithCodeSince.filter(since -> now.isBefore(since.plus(window))).isPresent();
    }

    /** Bound on this device once it was trusted: a binding made before then proves nothing of who holds it now. */
    private boolean boundHereSinceTrusted() {
        return trustedWithCodeSince.flatMap(since -> boundHereAt.filter(bound -> !bound.isBefore(since)))
                .isPresent();
    }
}
