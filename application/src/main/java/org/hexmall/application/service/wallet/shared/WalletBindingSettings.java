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
 */
public record WalletBindingSettings(BindingPolicy bindingPolicy, VerificationCodePolicy codePolicy,
                                    AccountSecurityGate securityGate, Duration messageMaxAge) {

    public static final WalletBindingSettings STANDARD = new WalletBindingSettings(BindingPolicy.ONE_WALLET,
            VerificationCodePolicy.STANDARD, AccountSecurityGate.NOT_FROZEN, Duration.ofMinutes(5));

    public WalletBindingSettings {
        Objects.requireNonNull(bindingPolicy, "bindingPolicy");
        Objects.requireNonNull(codePolicy, "codePolicy");
        Objects.requireNonNull(securityGate, "securityGate");
        Objects.requireNonNull(messageMaxAge, "messageMaxAge");
    }

    public WalletBindingSettings withBindingPolicy(BindingPolicy policy) {
        return new WalletBindingSettings(policy, codePolicy, securityGate, messageMaxAge);
    }
}
