package org.hexmall.simulator.wallet.api;

import java.util.Locale;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletProvider;

/** How a simulated provider is named in URLs and signed messages: {@code wechat-pay}, {@code alipay}, ... */
public final class ProviderSlugs {

    private ProviderSlugs() {
    }

    public static String slugOf(WalletProvider provider) {
        return provider.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The simulated provider with this slug; empty for unknown names and for providers hexmall does not support. */
    public static Optional<WalletProvider> fromSlug(String slug) {
        return WalletProvider.supportedProviders().stream()
                .filter(provider -> slugOf(provider).equals(slug))
                .findFirst();
    }
}
