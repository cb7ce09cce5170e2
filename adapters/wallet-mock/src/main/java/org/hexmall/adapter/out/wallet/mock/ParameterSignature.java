package org.hexmall.adapter.out.wallet.mock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The simulated providers' signature, modelled on how Alipay and WeChat Pay sign their parameters:
 * {@code sign} = base64url(HMAC-SHA256(secret, canonical string)), where the canonical string is every other
 * parameter sorted by name, as {@code name=value} joined by {@code &}. Changing, adding or removing any
 * parameter changes the canonical string, and so breaks the signature.
 */
final class ParameterSignature {

    static final String SIGN = "sign";

    private ParameterSignature() {
    }

    static String sign(byte[] secret, Map<String, String> parameters) {
        byte[] mac = HmacSha256.of(secret, canonicalString(parameters));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    /** Compares in constant time, so the time taken tells a forger nothing about how close a guess was. */
    static boolean isValid(byte[] secret, Map<String, String> parameters) {
        String presented = parameters.get(SIGN);
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, parameters).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    static String canonicalString(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .filter(parameter -> !parameter.getKey().equals(SIGN))
                .sorted(Map.Entry.comparingByKey())
                .map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                .collect(Collectors.joining("&"));
    }
}
