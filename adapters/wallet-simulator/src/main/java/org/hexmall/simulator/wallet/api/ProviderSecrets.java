package org.hexmall.simulator.wallet.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.EnumMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The secret each simulated provider shares with the store, with which it signs every message it sends back and
 * the store checks them. Real providers hand each merchant its own keys; the simulated ones derive theirs from one
 * configured value.
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
            derived.put(provider, hmacSha256(master, "hexmall-mock-wallet:" + provider.name()));
        }
        return new ProviderSecrets(derived);
    }

    /** The secret the provider shares with the merchant; a copy, so that nobody changes it for the others. */
    public byte[] of(WalletProvider provider) {
        return secretOf(provider).clone();
    }

    /** HMAC-SHA256 of the text under the provider's secret: how it signs what it sends. */
    public byte[] mac(WalletProvider provider, String text) {
        return hmacSha256(secretOf(provider), text);
    }

    private byte[] secretOf(WalletProvider provider) {
        byte[] secret = secrets.get(provider);
        if (secret == null) {
            throw new IllegalArgumentException(provider + " is not simulated: hexmall does not support it");
        }
        return secret;
    }

    private static byte[] hmacSha256(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", missing);
        }
    }

    /** Never the secrets themselves. */
    @Override
    public String toString() {
        return "ProviderSecrets[" + secrets.keySet() + "]";
    }
}
