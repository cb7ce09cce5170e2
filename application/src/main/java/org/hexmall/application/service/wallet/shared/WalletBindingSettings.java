package org.hexmall.application.service.wallet.shared;

import java.time.Duration;
import java.util.Objects;
import org.hexmall.domain.security.AccountSecurityGate;
import org.hexmall.domain.security.VerificationCodePolicy;
import org.hexmall.domain.wallet.BindingPolicy;

/**
 * The rules wallet binding runs by, chosen in the composition root.
 *
 * @param messageMaxAge how old a provider's signed message may be and still be trusted
 * @param cancellations when providers are asked to cancel the agreements of bindings ended in hexmall
 * @param reconfirmOnNewDevice a device trusted after a code less than this long ago re-confirms a wallet in its app
 *                      before its first payment with it, and before any change of bindings
 */
public record WalletBindingSettings(BindingPolicy bindingPolicy, VerificationCodePolicy codePolicy,
                                    AccountSecurityGate securityGate, Duration messageMaxAge,
                                    CancellationSchedule cancellations, Duration reconfirmOnNewDevice) {

    /** A day, as the store's customer service tells customers who change phones. */
    public static final Duration STANDARD_RECONFIRMATION = Duration.ofHours(24);

    public static final WalletBindingSettings STANDARD = new WalletBindingSettings(BindingPolicy.ONE_WALLET,
            VerificationCodePolicy.STANDARD, AccountSecurityGate.NOT_FROZEN, Duration.ofMinutes(5),
            CancellationSchedule.STANDARD, STANDARD_RECONFIRMATION);

    public WalletBindingSettings {
        Objects.requireNonNull(bindingPolicy, "bindingPolicy");
        Objects.requireNonNull(codePolicy, "codePolicy");
        Objects.requireNonNull(securityGate, "securityGate");
        Objects.requireNonNull(messageMaxAge, "messageMaxAge");
        Objects.requireNonNull(cancellations, "cancellations");
        Objects.requireNonNull(reconfirmOnNewDevice, "reconfirmOnNewDevice");
        if (reconfirmOnNewDevice.isNegative()) {
            throw new IllegalArgumentException("a device is new for no time, or for some time");
        }
    }

    public WalletBindingSettings withBindingPolicy(BindingPolicy policy) {
        return new WalletBindingSettings(policy, codePolicy, securityGate, messageMaxAge, cancellations,
                reconfirmOnNewDevice);
    }

    /** The same rules, with devices new for another while; zero asks no re-confirmation. */
    public WalletBindingSettings withReconfirmOnNewDevice(Duration window) {
        return new WalletBindingSettings(bindingPolicy, codePolicy, securityGate, messageMaxAge, cancellations,
                window);
    }
}
