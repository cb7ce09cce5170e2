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
 */
public record WalletBindingSettings(BindingPolicy bindingPolicy, VerificationCodePolicy codePolicy,
                                    AccountSecurityGate securityGate, Duration messageMaxAge,
                                    CancellationSchedule cancellations) {

    public static final WalletBindingSettings STANDARD = new WalletBindingSettings(BindingPolicy.ONE_WALLET,
            VerificationCodePolicy.STANDARD, AccountSecurityGate.NOT_FROZEN, Duration.ofMinutes(5),
            CancellationSchedule.STANDARD);

    public WalletBindingSettings {
        Objects.requireNonNull(bindingPolicy, "bindingPolicy");
        Objects.requireNonNull(codePolicy, "codePolicy");
        Objects.requireNonNull(securityGate, "securityGate");
        Objects.requireNonNull(messageMaxAge, "messageMaxAge");
        Objects.requireNonNull(cancellations, "cancellations");
    }

    public WalletBindingSettings withBindingPolicy(BindingPolicy policy) {
        return new WalletBindingSettings(policy, codePolicy, securityGate, messageMaxAge, cancellations);
    }
}
