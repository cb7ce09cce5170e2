package org.hexmall.adapter.out.wallet.mock;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The secret each simulated provider shares with the store, with which it signs every message it sends back.
 * Real providers hand each merchant its own keys; the simulated ones derive theirs from one configured value.
 */
public final class ProviderSecrets {

    /** Shorter values are easy to guess, and anyone who knows the secret can forge an approval. */
    public static final int MINIMUM_CONFIGURED_LENGTH = 16;

    private final Map<WalletProvider, byte[]> secrets;

    /** @param secrets a secret for every supported provider */
    public ProviderSecrets(Map<WalletProvider, byte[]> secrets) {
        Map<WalletProvider, byte[]> copy = new EnumMap<>(WalletProvider.class);
        for (WalletProvider provider : WalletProvider.supportedProviders()) {
            byte[] secret = secrets.get(provider);
            if (secret == null || secret.length < MINIMUM_CONFIGURED_LENGTH) {
                throw new IllegalArgumentException("no secret, or a short one, for " + provider);
            }
            copy.put(provider, secret.clone());
        }
        this.secrets = copy;
    }

    /** One secret per provider from one configured value: HMAC-SHA256(value, the provider's name). */
    public static ProviderSecrets derivedFrom(String configuredSecret) {
        if (configuredSecret == null || configuredSecret.length() < MINIMUM_CONFIGURED_LENGTH) {
            throw new IllegalArgumentException("the wallet simulator's secret needs at least "
                    + MINIMUM_CONFIGURED_LENGTH + " characters");
        }
        byte[] master = configuredSecret.getBytes(StandardCharsets.UTF_8);
        Map<WalletProvider, byte[]> derived = new EnumMap<>(WalletProvider.class);
        for (WalletProvider provider : WalletProvider.supportedProviders()) {
            derived.put(provider, HmacSha256.of(master, "hexmall-mock-wallet:" + provider.name()));
        }
        return new ProviderSecrets(derived);
    }

    byte[] of(WalletProvider provider) {
        byte[] secret = secrets.get(provider);
        if (secret == null) {
            throw new IllegalArgumentException(provider + " is not simulated: hexmall does not support it");
        }
        return secret;
    }

    /** Never the secrets themselves. */
    @Override
    public String toString() {
        return "ProviderSecrets[" + secrets.keySet() + "]";
    }
}
