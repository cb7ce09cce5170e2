package org.hexmall.simulator.wallet.notification;

import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.ProviderSecrets;

/**
 * The simulated providers' signature, modelled on how Alipay and WeChat Pay sign their parameters:
 * {@code sign} = base64url(HMAC-SHA256(secret, canonical string)), where the canonical string is every other
 * parameter sorted by name, as {@code name=value} joined by {@code &}. Changing, adding or removing any
 * parameter changes the canonical string, and so breaks the signature.
 */
public final class ParameterSignature {

    public static final String SIGN = "sign";

    private ParameterSignature() {
    }

    public static String sign(ProviderSecrets secrets, WalletProvider provider, Map<String, String> parameters) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(secrets.mac(provider, canonicalString(parameters)));
    }

    static String canonicalString(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .filter(parameter -> !parameter.getKey().equals(SIGN))
                .sorted(Map.Entry.comparingByKey())
                .map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                .collect(Collectors.joining("&"));
    }
}
