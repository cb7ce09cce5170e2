package org.hexmall.domain.wallet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The digital wallets customers ask about. hexmall binds the supported ones; the others are known so
 * that the store can say plainly that they are not supported, and which ones are.
 */
public enum WalletProvider {
    WECHAT_PAY(true, Set.of(IdentifierKind.PHONE, IdentifierKind.ACCOUNT_ID)),
    ALIPAY(true, Set.of(IdentifierKind.PHONE, IdentifierKind.EMAIL)),
    JD_PAY(true, Set.of(IdentifierKind.PHONE, IdentifierKind.ACCOUNT_ID)),
    UNIONPAY_QUICKPASS(true, Set.of(IdentifierKind.PHONE)),
    /** Not offered to mainland customers of the store. */
    PAYPAL(false, Set.of()),
    /** A device wallet that needs a card binding flow, not an account binding. */
    APPLE_PAY(false, Set.of());

    private final boolean supported;
    private final Set<IdentifierKind> acceptedIdentifiers;

    WalletProvider(boolean supported, Set<IdentifierKind> acceptedIdentifiers) {
        this.supported = supported;
        this.acceptedIdentifiers = acceptedIdentifiers;
    }

    public boolean isSupported() {
        return supported;
    }

    /** The kinds of account identifier this provider binds by, such as a phone number or an email address. */
    public Set<IdentifierKind> acceptedIdentifiers() {
        return acceptedIdentifiers;
    }

    public static List<WalletProvider> supportedProviders() {
        return Arrays.stream(values()).filter(WalletProvider::isSupported).toList();
    }

    /** Reads a provider name as it appears in forms and URLs ({@code ALIPAY}, {@code wechat-pay}). */
    public static Optional<WalletProvider> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = name.strip().replace('-', '_');
        return Arrays.stream(values()).filter(provider -> provider.name().equalsIgnoreCase(normalised)).findFirst();
    }
}
